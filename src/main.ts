import 'reflect-metadata';
import { setFlagsFromString } from 'node:v8';
import { DEMO_EMAIL, issueDevToken } from './auth/dev-token';
import { ConfigError, parseEnv, type Env } from './config/env';
import type { Logger } from 'pino';
import { connectOptionsFor, connectWithRetry } from './db/connect';
import { createDatabase, type Database } from './db/data-source';
import { dataDirLock, lockDataDir, prepareDataDir, settleTemplateCopy } from './db/embedded-start';
import { runMigrationsLocked } from './db/migration-lock';
import { seedDemoData } from './db/seed';
import { isFreshDataDir } from './db/snapshot';
import { createDeps } from './app/deps';
import { createLogger } from './app/logger';
import { devSignInEnabled } from './app/schema';
import { startServer, type RunningServer } from './app/server';
import { loadTrustedDocuments } from './app/trusted-documents';

// Under load V8 lets the old generation grow to several times the live heap (request objects promoted
// while they wait on the database); a smaller growth step keeps peak RSS under the benchmark near
// 215 MB instead of 290 MB for about 2 % of throughput (50 % would give 170 MB for about 9 %).
setFlagsFromString('--heap-growing-percent=150');

function fail(line: string): never {
  process.stderr.write(`${line}\n`);
  process.exit(1);
}

/** Runs a step that reads configuration; a bad value stops the process with one line naming it. */
function configured<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof ConfigError) fail(`Configuration error: ${error.problems.join('; ')}`);
    throw error;
  }
}

/**
 * A fresh embedded data directory is copied from a prepared template (made by `npm install`, or
 * here once per change of migrations or code) instead of running initdb, migrations and the seed.
 */
async function prepareEmbedded(env: Env, logger: Logger, demo: boolean): Promise<boolean> {
  // Production installs make no template (snapshot-cli skips them) and start a data directory once:
  // making one first would only add work, and the image's node_modules is not writable anyway.
  if (env.DATABASE_URL || !env.MIGRATE_ON_START || env.NODE_ENV === 'production') return false;
  try {
    return await prepareDataDir({ dataDir: env.DATA_DIR, demo, progress: (line) => logger.info(line) });
  } catch (error) {
    // A read-only cache or a full disk costs speed, not the start.
    logger.warn({ err: error }, 'could not use the database template; creating the database in place');
    return false;
  }
}

async function openDatabase(
  env: Env,
  logger: Logger,
  demo: boolean,
): Promise<{ database: Database; fromTemplate: boolean }> {
  if (!env.DATABASE_URL && !lockDataDir(env.DATA_DIR)) {
    fail(
      `Configuration error: DATA_DIR: ${env.DATA_DIR} is in use by another running server (lock ${dataDirLock(env.DATA_DIR)}); stop it or use another DATA_DIR`,
    );
  }
  const fromTemplate = await prepareEmbedded(env, logger, demo);
  if (!env.DATABASE_URL && !fromTemplate && isFreshDataDir(env.DATA_DIR)) {
    logger.info('creating the embedded database (first start)…');
  }
  let database: Database;
  try {
    const create = (): Database =>
      createDatabase({
        url: env.DATABASE_URL,
        replicaUrls: env.DATABASE_REPLICA_URLS,
        dataDir: env.DATA_DIR,
        poolSize: env.DB_POOL_SIZE,
      });
    database = await connectWithRetry(create, connectOptionsFor(env, logger));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    fail(`Configuration error: ${databaseVariables(env)}: cannot open the database (${reason})`);
  }
  if (fromTemplate) await settleTemplateCopy(database, env.DATA_DIR, new Date());
  if (env.MIGRATE_ON_START) {
    const applied = await runMigrationsLocked(database.dataSource, () =>
      logger.info('waiting for another instance to finish migrating'),
    );
    if (applied.length > 0) logger.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
  }
  return { database, fromTemplate };
}

/** The variables that say which database to open, for an error opening it (a replica fails the start too). */
function databaseVariables(env: Env): string {
  if (!env.DATABASE_URL) return 'DATA_DIR';
  return env.DATABASE_REPLICA_URLS ? 'DATABASE_URL or DATABASE_REPLICA_URLS' : 'DATABASE_URL';
}

/** Prints the demo owner's token, which the development Sandbox also sends. */
function printDevToken(token: string, url: string): void {
  process.stdout.write(
    [
      '',
      `Aula is up: ${url}/graphql (Apollo Sandbox)`,
      `Dev token for ${DEMO_EMAIL} — send it as the header  Authorization: Bearer <token>`,
      token,
      `Other demo users (admin@aula.dev, mentor.ana@aula.dev, learner.carla@aula.dev, …):`,
      `  mutation { devSignIn(input: { email: "admin@aula.dev" }) { token } }`,
      '',
    ].join('\n'),
  );
}

async function main(): Promise<void> {
  const env = configured(() => parseEnv());
  const logger = createLogger(env);
  // Read before the database opens, so that a missing manifest in strict mode stops the start at once.
  const trustedDocuments = configured(() => loadTrustedDocuments(env, logger));
  const demo = env.SEED_DEMO_DATA ?? !env.DATABASE_URL;
  const { database, fromTemplate } = await openDatabase(env, logger, demo);
  const deps = createDeps(env, database, logger);
  if (fromTemplate && demo) logger.info('demo data seeded (copied from the prepared template)');
  else if (demo && (await seedDemoData(database.dataSource))) logger.info('demo data seeded');
  // Issued before the server is configured: the development Sandbox opens with it as its header.
  const devToken = devSignInEnabled(env)
    ? await issueDevToken(deps).catch((error: unknown) => {
        logger.warn({ err: error }, 'could not issue the demo token');
        return undefined;
      })
    : undefined;
  let server: RunningServer;
  try {
    server = await startServer(deps, env.PORT, env.HOST, { trustedDocuments, sandboxToken: devToken });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    fail(`Configuration error: PORT: cannot listen on ${env.HOST}:${env.PORT} (${reason})`);
  }
  // The token first: whoever waits for the "listening" line finds it printed already.
  if (devToken) printDevToken(devToken, server.url);
  logger.info({ url: server.url, embedded: database.embedded }, 'listening');

  let stopping = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const timer = setTimeout(() => {
      logger.error('shutdown timed out');
      process.exit(1);
    }, env.SHUTDOWN_TIMEOUT_MS);
    await server.stop();
    await database.close();
    clearTimeout(timer);
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(`Fatal: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
