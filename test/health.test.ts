import pino from 'pino';
import { startServer, type RunningServer } from '../src/app/server';
import { createDeps } from '../src/app/deps';
import { parseEnv } from '../src/config/env';
import { createDatabase, type Database } from '../src/db/data-source';
import { createTestDatabase, realPostgres, type TestDatabase } from './helpers/database';
import { Outage } from './helpers/outage';
import { startTestServer, type TestServer } from './helpers/server';

describe('/healthz and /readyz', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('answers alive and ready on a migrated database, with a request id', async () => {
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${server.url}/readyz`, { headers: { 'x-request-id': 'probe-1' } });
    expect(ready.status).toBe(200);
    expect(ready.headers.get('x-request-id')).toBe('probe-1');
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('is not ready while a migration is pending', async () => {
    const { dataSource } = server.db.database;
    const [last] = await dataSource.query(`SELECT id, timestamp, name FROM migrations ORDER BY id DESC LIMIT 1`);
    await dataSource.query(`DELETE FROM migrations WHERE id = $1`, [last.id]);
    try {
      const res = await fetch(`${server.url}/readyz`);
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ status: 'unavailable', reason: 'migrations pending' });
    } finally {
      await dataSource.query(`INSERT INTO migrations (id, timestamp, name) VALUES ($1, $2, $3)`, [
        last.id,
        last.timestamp,
        last.name,
      ]);
    }
  });
});

const pgDescribe = realPostgres() ? describe : describe.skip;

pgDescribe('/readyz during a database outage (needs real PostgreSQL: the embedded database cannot go away)', () => {
  let copy: TestDatabase;
  let outage: Outage;
  let database: Database;
  let app: RunningServer;
  const logLines: string[] = [];

  beforeAll(async () => {
    copy = await createTestDatabase();
    const url = new URL(copy.url!);
    outage = new Outage({ host: url.hostname, port: Number(url.port || 5432) });
    await outage.up();
    url.port = String(outage.port);
    database = createDatabase({ url: url.toString(), poolSize: 2 });
    await database.dataSource.initialize();
    const env = parseEnv({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
    const logger = pino({ level: 'error' }, { write: (line: string) => void logLines.push(line) });
    app = await startServer(createDeps(env, database, logger), 0, '127.0.0.1');
  });
  afterAll(async () => {
    await app.stop();
    await outage.down();
    await database.close().catch(() => undefined);
    await copy.drop();
  });

  it('is 503 while the database is unreachable and 200 again once it is back, without a restart', async () => {
    expect((await fetch(`${app.url}/readyz`)).status).toBe(200);
    await outage.down();
    const during = await fetch(`${app.url}/readyz`);
    expect(during.status).toBe(503);
    expect(((await during.json()) as { status: string }).status).toBe('unavailable');
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);

    // A query during the outage: the client is told to retry (503), the log has the cause and request id.
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'outage-1' },
      body: JSON.stringify({ query: '{ skills(first: 1) { totalCount } }' }),
    });
    expect({ status: res.status, retryAfter: res.headers.get('retry-after') }).toEqual({
      status: 503,
      retryAfter: '5',
    });
    const body = (await res.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
    expect(body.errors[0]).toMatchObject({
      message: 'The database is unavailable; try again shortly',
      extensions: { code: 'SERVICE_UNAVAILABLE', reason: 'DATABASE_UNAVAILABLE' },
    });
    const logged = logLines.map((l) => JSON.parse(l) as { requestId?: string; msg: string });
    expect(logged).toContainEqual(
      expect.objectContaining({ requestId: 'outage-1', msg: 'unexpected error in a resolver' }),
    );

    await outage.up();
    expect((await fetch(`${app.url}/readyz`)).status).toBe(200);
  });
});
