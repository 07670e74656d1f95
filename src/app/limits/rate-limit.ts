import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Env } from '../../config/env';

/** What a response reports in `extensions.cost`. */
export interface CostReport {
  /** The operation's cost (see operationCost). */
  requested: number;
  /** The caller's budget per window. */
  limit: number;
  /** What is left of it in this window (0 when refused). */
  remaining: number;
  /** When the window ends and the budget is whole again (ISO 8601). */
  resetAt: string;
}

export interface Spend {
  report: CostReport;
  /** Seconds until the budget allows the request again; set when it was refused. */
  retryAfter?: number;
}

/**
 * Cost budgets per window: one per signed-in user, a smaller one per IP address for anonymous
 * callers. Kept in Redis when it is configured, so every instance spends from the same budget; a
 * Redis that does not answer falls back to this process's memory rather than failing requests.
 */
export class CostBudgets {
  private readonly users: RateLimiterAbstract;
  private readonly anonymous: RateLimiterAbstract;

  constructor(
    private readonly env: Env,
    redis: Redis | null,
  ) {
    const limiter = (name: string, points: number): RateLimiterAbstract => {
      const options = {
        keyPrefix: `${env.REDIS_KEY_PREFIX}cost:${name}`,
        points,
        duration: env.RATE_LIMIT_WINDOW_SECONDS,
      };
      const memory = new RateLimiterMemory(options);
      return redis ? new RateLimiterRedis({ ...options, storeClient: redis, insuranceLimiter: memory }) : memory;
    };
    this.users = limiter('user', env.RATE_LIMIT_POINTS);
    this.anonymous = limiter('ip', env.RATE_LIMIT_ANONYMOUS_POINTS);
  }

  /** Spends `cost` from the caller's budget (the user's, else the IP address's); refused when it is not there. */
  async spend(caller: { userId: string | null; ip: string | null }, cost: number): Promise<Spend> {
    const [limiter, key, limit] = caller.userId
      ? [this.users, caller.userId, this.env.RATE_LIMIT_POINTS]
      : [this.anonymous, caller.ip ?? 'unknown', this.env.RATE_LIMIT_ANONYMOUS_POINTS];
    const report = (res: RateLimiterRes, remaining: number): CostReport => ({
      requested: cost,
      limit,
      remaining,
      resetAt: new Date(Date.now() + res.msBeforeNext).toISOString(),
    });
    try {
      const res = await limiter.consume(key, cost);
      return { report: report(res, res.remainingPoints) };
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      // A refused request spends nothing: what is left stays for cheaper requests.
      await limiter.reward(key, cost).catch(() => undefined);
      const left = Math.max(0, limit - (refusal.consumedPoints - cost));
      return { report: report(refusal, left), retryAfter: Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)) };
    }
  }
}
