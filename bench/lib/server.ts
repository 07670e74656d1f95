import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { SetupError } from './args';
import { track } from './children';

export const ROOT = join(__dirname, '..', '..');
const OUTPUT_KEPT = 64 * 1024;

export interface BenchServer {
  url: string;
  pid: number;
  /** The secret the server signs tokens with, for issuing the scenarios' tokens. */
  jwtSecret: string;
  /** The last 64 KB the server wrote (stdout and stderr). */
  output(): string;
  /** Set once the server has exited, for whatever reason. */
  exitCode(): number | null | undefined;
  /** SIGTERM (the server drains), then SIGKILL after 10 s. */
  stop(): Promise<void>;
}

/** A port nobody listens on right now (the kernel's pick). */
async function freePort(): Promise<number> {
  const probe = createServer();
  probe.listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const address = probe.address();
  probe.close();
  if (address === null || typeof address === 'string') throw new Error('could not pick a free port');
  return address.port;
}

/**
 * Starts the compiled server (dist/src/main.js) in production mode on `databaseUrl`, with fresh
 * random secrets (or the given JWT secret, for several instances), no migrations, no demo data and
 * no outbox sweep (a timer that would add its own statements to the counts; writes still deliver
 * their effects right after commit).
 */
export async function startServer(
  databaseUrl: string,
  options: { jwtSecret?: string; env?: Record<string, string> } = {},
): Promise<BenchServer> {
  const port = await freePort();
  const jwtSecret = options.jwtSecret ?? randomBytes(32).toString('hex');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    MIGRATE_ON_START: 'false',
    SEED_DEMO_DATA: 'false',
    OUTBOX_POLL_MS: '0',
    JWT_SECRET: jwtSecret,
    TOKEN_ENCRYPTION_KEY: randomBytes(32).toString('hex'),
    // The load comes from a handful of users at hundreds of requests a second: budgets that would
    // refuse it are lifted, the cost is still computed and spent for every request.
    RATE_LIMIT_POINTS: '1000000000',
    RATE_LIMIT_ANONYMOUS_POINTS: '1000000000',
    ...options.env,
  };
  // Settings an operator may want to vary between runs pass through.
  for (const name of ['DB_POOL_SIZE', 'REDIS_URL', 'UV_THREADPOOL_SIZE', 'NODE_OPTIONS']) {
    const value = process.env[name];
    if (value) env[name] = value;
  }
  const child = spawn(process.execPath, [join(ROOT, 'dist', 'src', 'main.js')], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  track(child);
  let output = '';
  const keep = (chunk: Buffer): void => {
    output = (output + chunk.toString()).slice(-OUTPUT_KEPT);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let code: number | null | undefined;
  const exited = once(child, 'exit').then(([exitCode]) => {
    code = exitCode as number | null;
  });
  const server: BenchServer = {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid ?? -1,
    jwtSecret,
    output: () => output,
    exitCode: () => code,
    stop: async () => {
      if (code !== undefined) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
  await waitUntilReady(server);
  return server;
}

/** Polls /readyz until it answers 200; fails with the server's output or its last readiness reason. */
async function waitUntilReady(server: BenchServer, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    if (server.exitCode() !== undefined) {
      throw new SetupError(`The server exited (code ${server.exitCode()}) before it was ready:\n${server.output()}`);
    }
    try {
      const response = await fetch(`${server.url}/readyz`);
      if (response.ok) return;
      last = `${response.status} ${await response.text()}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await server.stop();
  const hint = last.includes('migrations pending') ? ' (run npm run seed:bench, which applies them)' : '';
  throw new SetupError(`The server was not ready after ${timeoutMs / 1000} s: ${last}${hint}\n${server.output()}`);
}
