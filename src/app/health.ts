import type { Router } from 'express';
import express from 'express';
import type { Database } from '../db/data-source';
import { replicaPools, type StatementPool } from '../db/read-routing';
import type { Serving } from './drain';

const READY_TIMEOUT_MS = 2000;

/**
 * Ready when the database, and each read replica, answers within the timeout and no migration is
 * pending. Replicas count: with them configured, every query's reads go there, so an instance whose
 * replica is gone cannot answer queries.
 */
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
        await Promise.all(replicaPools(dataSource).map(pingReplica));
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

/** A replica is named by its position in DATABASE_REPLICA_URLS, never by its URL (it may hold a password). */
async function pingReplica(pool: StatementPool, index: number): Promise<void> {
  try {
    await pool.query({ text: 'SELECT 1', values: [] });
  } catch (error) {
    throw new Error(`replica ${index + 1}: ${error instanceof Error ? error.message : 'unreachable'}`);
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
