import { createHash, timingSafeEqual } from 'node:crypto';
import express, { type Router } from 'express';
import type { Env } from '../../config/env';
import { ErrorCode } from '../../errors/app-error';
import type { AppMetrics } from './metrics';

const BEARER = /^Bearer\s+(\S+)\s*$/i;

const digest = (text: string): Buffer => createHash('sha256').update(text).digest();

/** Whether an Authorization header carries `token` as its Bearer credential, compared in constant time. */
export function bearerMatches(header: string | undefined, token: string): boolean {
  const given = header ? BEARER.exec(header)?.[1] : undefined;
  if (given === undefined) return false;
  // Digests have one length whatever was sent, so neither the comparison nor its length check tells anything.
  return timingSafeEqual(digest(given), digest(token));
}

/**
 * `GET /metrics` in Prometheus text format. With METRICS_TOKEN it asks for that token as
 * `Authorization: Bearer`; without, it is open in development and test, and not served at all in
 * production (a 404 like any unknown path), so traffic and load figures never leak by default.
 */
export function metricsRoutes(env: Pick<Env, 'NODE_ENV' | 'METRICS_TOKEN'>, metrics: AppMetrics): Router {
  const router = express.Router();
  const token = env.METRICS_TOKEN;
  if (!token && env.NODE_ENV === 'production') return router;
  router.get('/metrics', async (req, res) => {
    if (token && !bearerMatches(req.get('authorization'), token)) {
      res
        .status(401)
        .set('www-authenticate', 'Bearer realm="metrics"')
        .json({
          errors: [{ message: 'A metrics token is required', extensions: { code: ErrorCode.UNAUTHENTICATED } }],
        });
      return;
    }
    const text = await metrics.scrape();
    res.set({ 'content-type': metrics.contentType, 'cache-control': 'no-store' }).send(text);
  });
  return router;
}
