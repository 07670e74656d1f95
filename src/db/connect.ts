import type { Logger } from 'pino';
import type { Env } from '../config/env';
import { isDatabaseUnavailable } from '../errors/db-errors';
import type { Database } from './data-source';

const FIRST_DELAY_MS = 250;
const MAX_DELAY_MS = 5000;

export interface RetryNotice {
  /** The attempt that just failed, from 1. */
  attempt: number;
  /** How long until the next attempt. */
  delayMs: number;
  error: unknown;
}

export interface ConnectOptions {
  /** How long to keep trying, counted from the first attempt; 0 tries once. */
  timeoutMs: number;
  /** Called after each failed attempt that will be tried again. */
  onRetry?: (notice: RetryNotice) => void;
  /** Defaults to `isDatabaseUnavailable`: a refused or unreachable server, or one still starting up. */
  retryable?: (error: unknown) => boolean;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

/** The last attempt's error, saying how long the database was tried. */
export class ConnectFailedError extends Error {
  constructor(
    readonly attempts: number,
    readonly elapsedMs: number,
    readonly last: unknown,
  ) {
    const reason = last instanceof Error ? last.message : String(last);
    const tried = attempts > 1 ? `; gave up after ${attempts} attempts in ${(elapsedMs / 1000).toFixed(1)} s` : '';
    super(`${reason}${tried}`, { cause: last });
  }
}

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Opens a database made by `create`, trying again with exponential backoff while the server cannot
 * be reached and `timeoutMs` has not passed (a container started next to PostgreSQL usually comes up
 * first). Any other error, such as a refused password or a missing database, fails at once. Throws a
 * ConnectFailedError.
 */
export async function connectWithRetry(create: () => Database, options: ConnectOptions): Promise<Database> {
  const { timeoutMs, onRetry, retryable = isDatabaseUnavailable, sleep = wait, now = Date.now } = options;
  const started = now();
  let delayMs = FIRST_DELAY_MS;
  for (let attempt = 1; ; attempt += 1) {
    // A fresh data source per attempt: TypeORM's driver keeps what a failed connect had learnt (pools, version).
    const database = create();
    try {
      await database.dataSource.initialize();
      return database;
    } catch (error) {
      // A pool the failed attempt had opened would keep its connection; none left is the usual case.
      await database.dataSource.driver.disconnect().catch(() => undefined);
      const left = started + timeoutMs - now();
      if (!retryable(error) || left <= 0) throw new ConnectFailedError(attempt, now() - started, error);
      const pause = Math.min(delayMs, left);
      onRetry?.({ attempt, delayMs: pause, error });
      await sleep(pause);
      delayMs = Math.min(delayMs * 2, MAX_DELAY_MS);
    }
  }
}

/** Retry settings from the configuration: only real PostgreSQL is waited for, and each retry is logged. */
export function connectOptionsFor(
  env: Pick<Env, 'DATABASE_URL' | 'DATABASE_CONNECT_TIMEOUT_MS'>,
  logger: Logger,
): ConnectOptions {
  return {
    // The embedded database is a directory of ours: an error opening it will not go away by waiting.
    timeoutMs: env.DATABASE_URL ? env.DATABASE_CONNECT_TIMEOUT_MS : 0,
    onRetry: ({ attempt, delayMs, error }) =>
      logger.warn(
        { attempt, retryInMs: delayMs, reason: error instanceof Error ? error.message : String(error) },
        'database not reachable; retrying',
      ),
  };
}
