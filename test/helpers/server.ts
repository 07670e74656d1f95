import type { Logger } from 'pino';
import { createLogger } from '../../src/app/logger';
import { createDeps, type AppDeps } from '../../src/app/deps';
import { startServer, type RunningServer } from '../../src/app/server';
import { parseEnv, type Env } from '../../src/config/env';
import { createTestDatabase, type TestDatabase } from './database';
import { GraphQLClient } from './graphql';

export interface TestServer {
  url: string;
  env: Env;
  db: TestDatabase;
  deps: AppDeps;
  server: RunningServer;
  /** A client; pass a token to act as that user. */
  client(token?: string): GraphQLClient;
  /** Moves the server clock (role windows, class times) by `ms`. */
  advanceClock(ms: number): void;
  close(): Promise<void>;
}

/**
 * Starts the real server on a random port against a fresh database of its own, or against `database`
 * (another server's, to start a second instance or a restart; it is then left open on close).
 */
export async function startTestServer(
  overrides: Record<string, string> = {},
  database?: TestDatabase,
  logger: Logger = createLogger({ LOG_LEVEL: (process.env.TEST_LOG_LEVEL ?? 'silent') as Env['LOG_LEVEL'] }),
): Promise<TestServer> {
  const db = database ?? (await createTestDatabase());
  const env = parseEnv({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256',
    // No background sweep unless a test asks for one: it would add statements to the counted ones.
    OUTBOX_POLL_MS: '0',
    // Nor a scheduled profile reminder run (tests run it when they mean to).
    PROFILE_REMINDER_SCHEDULE: 'off',
    ...overrides,
  });
  let offset = 0;
  const deps = createDeps(env, db.database, logger, () => new Date(Date.now() + offset));
  const server = await startServer(deps, 0, '127.0.0.1');
  return {
    url: server.url,
    env,
    db,
    deps,
    server,
    client: (token) => new GraphQLClient(`${server.url}/graphql`, token),
    advanceClock: (ms) => {
      offset += ms;
    },
    close: async () => {
      await server.stop();
      if (!database) await db.drop();
    },
  };
}
