import type { Router } from 'express';
import express from 'express';
import type { Database } from '../db/data-source';
import type { Serving } from './drain';

const READY_TIMEOUT_MS = 2000;

/** Ready when the database answers within the timeout and no migration is pending. */
export async function readiness(database: Database): Promise<{ ready: boolean; reason?: string }> {
  const { dataSource } = database;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('database did not answer in time')), READY_TIMEOUT_MS);
  });
  try {
    const pending = await Promise.race([
      (async () => {
        await dataSource.query('SELECT 1');
        return dataSource.showMigrations();
      })(),
      timeout,
    ]);
    return pending ? { ready: false, reason: 'migrations pending' } : { ready: true };
  } catch (error) {
    return { ready: false, reason: error instanceof Error ? error.message : 'database unreachable' };
  } finally {
    clearTimeout(timer);
  }
}

export function healthRoutes(database: Database, serving: Serving): Router {
  const router = express.Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    // A server shutting down tells the load balancer at once, before it stops accepting.
    if (serving.draining) {
      res.status(503).json({ status: 'unavailable', reason: 'shutting down' });
      return;
    }
    const { ready, reason } = await readiness(database);
    res.status(ready ? 200 : 503).json(ready ? { status: 'ready' } : { status: 'unavailable', reason });
  });
  return router;
}
