import type { Pool } from 'pg';
import { Gauge, type Registry } from 'prom-client';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import type { Database } from '../../db/data-source';

/** A scrape waits this long for the outbox counts, then goes on without them. */
const BACKLOG_TIMEOUT_MS = 2000;

interface Backlog {
  undelivered: number;
  parked: number;
  oldestAgeSeconds: number;
}

type PoolCounts = Pick<Pool, 'totalCount' | 'idleCount' | 'waitingCount'> & { options?: { max?: number } };

function isPool(value: unknown): value is PoolCounts {
  return typeof value === 'object' && value !== null && typeof (value as PoolCounts).totalCount === 'number';
}

/**
 * The pg pools behind TypeORM, by label: `primary`, then `replica1`, … when replication is
 * configured. On PGlite the primary is a pool of one in-process connection, so `waiting` counts the
 * queries queued for the embedded database.
 */
function pools(dataSource: DataSource): Array<[string, PoolCounts]> {
  if (!dataSource.isInitialized) return [];
  const driver = dataSource.driver as Partial<Pick<PostgresDriver, 'master' | 'slaves'>>;
  const found: Array<[string, PoolCounts]> = [];
  if (isPool(driver.master)) found.push(['primary', driver.master]);
  (driver.slaves ?? []).forEach((pool: unknown, i) => {
    if (isPool(pool)) found.push([`replica${i + 1}`, pool]);
  });
  return found;
}

/** Counts the outbox rows in one statement; null (and a warning) when the database does not answer in time. */
async function readBacklog(dataSource: DataSource, logger: Logger): Promise<Backlog | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('the database did not answer in time')), BACKLOG_TIMEOUT_MS);
  });
  try {
    const rows: Array<{ undelivered: number; parked: number; oldest: number | null }> = await Promise.race([
      dataSource.query(
        `SELECT count(*) FILTER (WHERE "failed_at" IS NULL)::float8 AS "undelivered",
                count(*) FILTER (WHERE "failed_at" IS NOT NULL)::float8 AS "parked",
                EXTRACT(EPOCH FROM now() - min("created_at") FILTER (WHERE "failed_at" IS NULL))::float8 AS "oldest"
         FROM "outbox"`,
      ),
      timeout,
    ]);
    const row = rows[0];
    return {
      undelivered: Number(row?.undelivered ?? 0),
      parked: Number(row?.parked ?? 0),
      oldestAgeSeconds: Math.max(0, Number(row?.oldest ?? 0)),
    };
  } catch (error) {
    logger.warn({ err: error }, 'metrics: could not read the outbox backlog; this scrape goes without it');
    return null;
  } finally {
    clearTimeout(timer);
  }
}

/** Registers the outbox and connection-pool gauges, read when scraped. */
export function databaseMetrics(registry: Registry, database: Database, logger: Logger): void {
  const { dataSource } = database;
  const registers = [registry];

  // Registered first, so they are read before the outbox statement below takes a connection of its own.
  const poolGauge = (name: string, help: string, value: (p: PoolCounts) => number | undefined): Gauge<'pool'> =>
    new Gauge({
      name,
      help,
      labelNames: ['pool'],
      registers,
      collect() {
        // Reset first, so a pool that closed (or a replica removed) leaves no series behind.
        this.reset();
        for (const [label, pool] of pools(dataSource)) {
          const measured = value(pool);
          if (measured !== undefined) this.set({ pool: label }, measured);
        }
      },
    });
  poolGauge('aula_db_pool_connections', 'Open connections of the database pool.', (p) => p.totalCount);
  poolGauge('aula_db_pool_idle_connections', 'Open connections the pool holds unused.', (p) => p.idleCount);
  poolGauge('aula_db_pool_waiting_clients', 'Queries waiting for a connection of the pool.', (p) => p.waitingCount);
  poolGauge('aula_db_pool_max_connections', 'Connections the pool may open.', (p) => p.options?.max);

  // A registry collects its gauges concurrently: the three outbox gauges share one statement per scrape.
  let reading: Promise<Backlog | null> | null = null;
  const backlog = (): Promise<Backlog | null> =>
    (reading ??= readBacklog(dataSource, logger).finally(() => {
      reading = null;
    }));
  const outboxGauge = (name: string, help: string, value: (b: Backlog) => number): Gauge =>
    new Gauge({
      name,
      help,
      registers,
      async collect() {
        const read = await backlog();
        // No number rather than a stale or made-up one: the series goes missing for this scrape.
        if (read) this.set(value(read));
        else this.remove({});
      },
    });
  outboxGauge(
    'aula_outbox_undelivered_effects',
    'Outbox effects not delivered yet (failed_at IS NULL).',
    (b) => b.undelivered,
  );
  outboxGauge(
    'aula_outbox_parked_effects',
    'Outbox effects parked after their last attempt (failed_at set).',
    (b) => b.parked,
  );
  outboxGauge(
    'aula_outbox_oldest_undelivered_age_seconds',
    'Age of the oldest undelivered outbox effect; 0 when there is none.',
    (b) => b.oldestAgeSeconds,
  );
}
