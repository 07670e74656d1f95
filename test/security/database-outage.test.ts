import { createTestDatabase, realPostgres, type TestDatabase } from '../helpers/database';
import { createUser, type UserWithToken } from '../helpers/factories';
import { Outage } from '../helpers/outage';
import { startTestServer, type TestServer } from '../helpers/server';

const pgDescribe = realPostgres() ? describe : describe.skip;

pgDescribe(
  'the database goes away and comes back (needs real PostgreSQL: the embedded database runs inside the server and cannot go away)',
  () => {
    let outage: Outage;
    let db: TestDatabase;
    let server: TestServer;
    let user: UserWithToken;

    beforeAll(async () => {
      const target = new URL(process.env.TEST_DATABASE_URL!);
      outage = new Outage({ host: target.hostname, port: Number(target.port || 5432) });
      await outage.up();
      db = await createTestDatabase({
        via: (url) => {
          const through = new URL(url);
          through.hostname = '127.0.0.1';
          through.port = String(outage.port);
          return through.toString();
        },
      });
      server = await startTestServer({}, db);
      user = await createUser(server);
    });

    afterAll(async () => {
      await server?.close();
      await db?.drop();
      await outage?.down();
    });

    const send = (token?: string) =>
      fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query: '{ viewer { id } skills(first: 3) { totalCount } }' }),
      });

    it('answers SERVICE_UNAVAILABLE with 503 and Retry-After while it is gone, then serves again', async () => {
      expect((await send(user.token)).status).toBe(200);
      await outage.down();
      for (const token of [user.token, undefined]) {
        // Signed in, the session check fails; anonymous, the read itself.
        const res = await send(token);
        const body = (await res.json()) as { data?: unknown; errors: Array<{ message: string; extensions: object }> };
        expect({ status: res.status, retryAfter: res.headers.get('retry-after') }).toEqual({
          status: 503,
          retryAfter: '5',
        });
        expect(body.errors[0]).toMatchObject({
          message: 'The database is unavailable; try again shortly',
          extensions: { code: 'SERVICE_UNAVAILABLE', reason: 'DATABASE_UNAVAILABLE' },
        });
        expect(Object.keys(body.errors[0]!.extensions).sort()).toEqual(['code', 'reason']);
      }
      await outage.up();
      const back = await send(user.token);
      expect(back.status).toBe(200);
      expect(((await back.json()) as { data: { viewer: { id: string } } }).data.viewer.id).toBe(user.id);
    });
  },
);
