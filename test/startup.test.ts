import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, runApp } from './helpers/process';

async function skillNames(port: number): Promise<string[]> {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ skills(first: 20) { nodes { name } } }' }),
  });
  const body = (await res.json()) as { data: { skills: { nodes: Array<{ name: string }> } } };
  return body.data.skills.nodes.map((s) => s.name);
}

describe('start-up on the embedded database', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'aula-start-'));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('migrates and seeds on first start, reuses the data on the next, and stops cleanly on SIGTERM', async () => {
    const port = await freePort();
    const env = { DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', AUTH_DEV_LOGIN: 'true' };

    const first = runApp(env);
    await first.waitFor('"msg":"listening"');
    expect(first.output()).toContain('demo data seeded');
    expect(first.output()).toMatch(/Dev token for owner@aula\.dev[^\n]*\n[\w-]+\.[\w-]+\.[\w-]+/);
    expect(await skillNames(port)).toHaveLength(10);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);

    const second = runApp(env);
    await second.waitFor('"msg":"listening"');
    expect(second.output()).not.toContain('demo data seeded');
    expect(await skillNames(port)).toHaveLength(10);
    second.child.kill('SIGINT');
    expect(await second.exited).toBe(0);
  }, 120_000);
});

describe('one server per embedded data directory', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'aula-lock-'));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('a second server on the same DATA_DIR refuses to start with one line; the first keeps serving', async () => {
    const port = await freePort();
    const first = runApp({ DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1' });
    await first.waitFor('"msg":"listening"');
    const second = runApp({ DATA_DIR: dataDir, PORT: String(await freePort()), HOST: '127.0.0.1' });
    expect(await second.exited).toBe(1);
    const lines = second.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Configuration error: DATA_DIR: .* is in use by another running server/);
    expect(await skillNames(port)).toHaveLength(10);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);

    // Once the first has stopped, the directory is free again.
    const third = runApp({ DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1' });
    await third.waitFor('"msg":"listening"');
    third.child.kill('SIGTERM');
    expect(await third.exited).toBe(0);
  }, 120_000);
});

describe('configuration errors', () => {
  it.each([
    ['PORT', { PORT: 'http' }],
    ['PORT', { PORT: '70000' }],
    ['DATABASE_URL', { DATABASE_URL: 'mysql://somewhere/db' }],
    // Tried once: test/deploy.test.ts covers the retries before this line.
    ['DATABASE_URL', { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/nothing', DATABASE_CONNECT_TIMEOUT_MS: '0' }],
  ])(
    'a bad %s stops the process with one line naming it',
    async (name, env) => {
      const app = runApp({ ...env, DATA_DIR: join(tmpdir(), 'aula-never-used') });
      const code = await app.exited;
      expect(code).not.toBe(0);
      const lines = app.output().trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(new RegExp(`^Configuration error: ${name}: `));
    },
    60_000,
  );
});
