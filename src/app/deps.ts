import type { Logger } from 'pino';
import type { Env } from '../config/env';
import type { Database } from '../db/data-source';
import { moduleEffects } from './modules';
import { Outbox } from './outbox/outbox';
import type { Redis } from 'ioredis';
import { createRedis } from './redis';

/** Process-wide dependencies handed to the server and every request context. */
export interface AppDeps {
  env: Env;
  database: Database;
  logger: Logger;
  /** The current time; tests replace it to move role windows in and out of effect. */
  clock: () => Date;
  /** Durable effects of committed writes. */
  outbox: Outbox;
  /** Shared state of all instances (cost budgets); null without REDIS_URL. */
  redis: Redis | null;
}

/** The process-wide dependencies for a configuration and an open database. */
export function createDeps(
  env: Env,
  database: Database,
  logger: Logger,
  clock: () => Date = () => new Date(),
): AppDeps {
  const outbox = new Outbox(database.dataSource, moduleEffects, logger, {
    pollMs: env.OUTBOX_POLL_MS,
    retryMs: env.OUTBOX_RETRY_MS,
    maxAttempts: env.OUTBOX_MAX_ATTEMPTS,
  });
  return { env, database, logger, clock, outbox, redis: createRedis(env, logger) };
}
