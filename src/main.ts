import 'reflect-metadata';
import { issueToken } from './auth/tokens';
import { signIn } from './auth/sign-in.service';
import { systemCaller } from './auth/actor';
import { ConfigError, parseEnv, type Env } from './config/env';
import { createDatabase, type Database } from './db/data-source';
import { seedDemoData } from './db/seed';
import { createDeps, type AppDeps } from './app/deps';
import { execute } from './app/runner';
import { createLogger } from './app/logger';
import { devSignInEnabled } from './app/schema';
import { startServer, type RunningServer } from './app/server';

const DEMO_EMAIL = 'owner@aula.dev';

function fail(line: string): never {
  process.stderr.write(`${line}\n`);
  process.exit(1);
}

function loadEnv(): Env {
  try {
    return parseEnv();
  } catch (error) {
    if (error instanceof ConfigError) fail(`Configuration error: ${error.problems.join('; ')}`);
    throw error;
  }
}

async function openDatabase(env: Env): Promise<Database> {
  const database = createDatabase({ url: env.DATABASE_URL, dataDir: env.DATA_DIR, poolSize: env.DB_POOL_SIZE });
  try {
    await database.dataSource.initialize();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    fail(
      `Configuration error: ${env.DATABASE_URL ? 'DATABASE_URL' : 'DATA_DIR'}: cannot open the database (${reason})`,
    );
  }
  if (env.MIGRATE_ON_START) await database.dataSource.runMigrations({ transaction: 'each' });
  return database;
}

/** Prints a ready token for the demo owner so a newcomer can call protected operations at once. */
async function printDevToken(deps: AppDeps, url: string): Promise<void> {
  const { user } = await execute(deps, systemCaller(deps.clock(), 'startup'), signIn, {
    profile: { email: DEMO_EMAIL, provider: 'DEV' },
    ownerEmails: deps.env.OWNER_EMAILS,
  });
  const token = issueToken(user, deps.env.JWT_SECRET);
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
  const env = loadEnv();
  const logger = createLogger(env);
  const database = await openDatabase(env);
  const deps = createDeps(env, database, logger);
  if (env.SEED_DEMO_DATA ?? database.embedded) {
    if (await seedDemoData(database.dataSource)) logger.info('demo data seeded');
  }
  let server: RunningServer;
  try {
    server = await startServer(deps, env.PORT, env.HOST);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    fail(`Configuration error: PORT: cannot listen on ${env.HOST}:${env.PORT} (${reason})`);
  }
  logger.info({ url: server.url, embedded: database.embedded }, 'listening');
  if (devSignInEnabled(env)) {
    try {
      await printDevToken(deps, server.url);
    } catch (error) {
      logger.warn({ err: error }, 'could not issue the demo token');
    }
  }

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
