import 'reflect-metadata';
import { ConfigError, parseEnv, type Env } from './config/env';
import { createLogger } from './app/logger';
import { connectOptionsFor, connectWithRetry } from './db/connect';
import { createDatabase, type Database } from './db/data-source';
import { dataDirLock, lockDataDir } from './db/embedded-start';
import { runMigrationsLocked } from './db/migration-lock';
import { seedDemoData } from './db/seed';

/**
 * `node dist/src/migrate.js`: applies the pending migrations under the migration lock, adds the demo
 * data when SEED_DEMO_DATA=true, and exits 0. A deploy runs it once before the instances start
 * (docker-compose.yml's `migrate` service), and those run with MIGRATE_ON_START=false.
 */

function fail(line: string): never {
  process.stderr.write(`${line}\n`);
  process.exit(1);
}

function readEnv(): Env {
  try {
    return parseEnv();
  } catch (error) {
    if (error instanceof ConfigError) fail(`Configuration error: ${error.problems.join('; ')}`);
    throw error;
  }
}

async function main(): Promise<void> {
  const env = readEnv();
  const logger = createLogger(env);
  // A running server owns its embedded data directory; migrating under it would lose its writes.
  if (!env.DATABASE_URL && !lockDataDir(env.DATA_DIR)) {
    fail(
      `Configuration error: DATA_DIR: ${env.DATA_DIR} is in use by another running server (lock ${dataDirLock(env.DATA_DIR)}); stop it or use another DATA_DIR`,
    );
  }
  let database: Database;
  try {
    const create = (): Database => createDatabase({ url: env.DATABASE_URL, dataDir: env.DATA_DIR, poolSize: 1 });
    database = await connectWithRetry(create, connectOptionsFor(env, logger));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    fail(
      `Configuration error: ${env.DATABASE_URL ? 'DATABASE_URL' : 'DATA_DIR'}: cannot open the database (${reason})`,
    );
  }
  try {
    const applied = await runMigrationsLocked(database.dataSource, () =>
      logger.info('waiting for another instance to finish migrating'),
    );
    const names = applied.map((m) => m.name);
    logger.info({ migrations: names }, names.length > 0 ? 'migrations applied' : 'no migrations pending');
    if (env.SEED_DEMO_DATA === true && (await seedDemoData(database.dataSource))) logger.info('demo data seeded');
  } finally {
    await database.close();
  }
  process.exit(0);
}

main().catch((error: unknown) => {
  process.stderr.write(`Fatal: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
