import { MigrationExecutor, type DataSource, type Migration } from 'typeorm';

/**
 * The session-level advisory lock held while migrations run. Any fixed key works as long as nothing
 * else in the database takes it; it is the same for every version of the code, so an old and a new
 * release starting together also wait for each other.
 */
export const MIGRATION_LOCK_KEY = '7303102017465730';

/**
 * Applies the pending migrations, each in its own transaction, while holding MIGRATION_LOCK_KEY, so
 * that instances starting together apply them once: the others wait, then find nothing to do.
 * `onWait` is called when another session holds the lock. Returns the migrations this call applied.
 */
export async function runMigrationsLocked(dataSource: DataSource, onWait?: () => void): Promise<Migration[]> {
  // Lock and migrations on one connection: a session lock belongs to its connection, and a pool of
  // one (DB_POOL_SIZE=1, the embedded database) has no second connection to give.
  const runner = dataSource.createQueryRunner('master');
  try {
    const [{ locked }] = (await runner.query('SELECT pg_try_advisory_lock($1::bigint) AS locked', [
      MIGRATION_LOCK_KEY,
    ])) as Array<{ locked: boolean }>;
    if (!locked) {
      onWait?.();
      await runner.query('SELECT pg_advisory_lock($1::bigint)', [MIGRATION_LOCK_KEY]);
    }
    try {
      const executor = new MigrationExecutor(dataSource, runner);
      executor.transaction = 'each';
      return await executor.executePendingMigrations();
    } finally {
      // A connection that broke has dropped its session lock with it; nothing more to release then.
      await runner.query('SELECT pg_advisory_unlock($1::bigint)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    }
  } finally {
    await runner.release();
  }
}
