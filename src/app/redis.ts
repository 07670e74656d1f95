import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Env } from '../config/env';

/**
 * The Redis client shared by the process (cost budgets), or null without REDIS_URL. Commands fail
 * at once while it is disconnected instead of queueing, so callers fall back (the budgets to this
 * process's memory) rather than wait; it reconnects by itself, and says so once per outage.
 */
export function createRedis(env: Env, logger: Logger): Redis | null {
  if (!env.REDIS_URL) return null;
  const redis = new Redis(env.REDIS_URL, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
  let down = false;
  redis.on('error', (error: Error) => {
    if (down) return;
    down = true;
    logger.warn({ err: error }, 'Redis is unreachable; cost budgets are kept in this process until it is back');
  });
  redis.on('ready', () => {
    if (down) logger.info('Redis is reachable again');
    down = false;
  });
  return redis;
}

/** Closes the client: a clean QUIT when connected, else it stops reconnecting at once. */
export async function closeRedis(redis: Redis | null): Promise<void> {
  if (!redis) return;
  if (redis.status === 'ready') await redis.quit().catch(() => undefined);
  redis.disconnect();
}

/** Waits until the client is connected, at most `timeoutMs`; false when it is not (the caller goes on without it). */
export async function redisReady(redis: Redis, timeoutMs: number): Promise<boolean> {
  if (redis.status === 'ready') return true;
  return new Promise((resolve) => {
    const done = (ready: boolean): void => {
      clearTimeout(timer);
      redis.off('ready', onReady);
      resolve(ready);
    };
    const onReady = (): void => done(true);
    const timer = setTimeout(() => done(false), timeoutMs);
    redis.once('ready', onReady);
  });
}
