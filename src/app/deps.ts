import type { Logger } from 'pino';
import type { Env } from '../config/env';
import type { Database } from '../db/data-source';
import { googleCalendarSyncEffect } from '../modules/google-calendar/google-calendar.effects';
import { mailDelivery } from '../modules/mail/mail.delivery';
import { Mailer } from '../modules/mail/mailer';
import { createMetrics, type AppMetrics } from './metrics/metrics';
import { moduleEffects } from './modules';
import { Outbox } from './outbox/outbox';
import type { Redis } from 'ioredis';
import { publishEffect } from './realtime/events';
import { Realtime } from './realtime/realtime';
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
  /** Shared state of all instances (cost budgets, events); null without REDIS_URL. */
  redis: Redis | null;
  /** Events for subscribers, published by the outbox after commit. */
  realtime: Realtime;
  /** This instance's Prometheus registry and metric families (GET /metrics). */
  metrics: AppMetrics;
  /** E-mail: the SMTP transport (or the log), unsubscribe links and their tokens. */
  mail: Mailer;
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
  const metrics = createMetrics(database, logger);
  const redis = createRedis(env, logger);
  const realtime = new Realtime(redis, env.REDIS_KEY_PREFIX, logger, () => database.dataSource.manager);
  outbox.register(publishEffect(realtime.bus));
  outbox.register(googleCalendarSyncEffect(env, logger, clock));
  const mail = new Mailer(env, logger, metrics.mail);
  outbox.register(mailDelivery(mail));
  return { env, database, logger, clock, outbox, redis, realtime, metrics, mail };
}
