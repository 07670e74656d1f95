import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Message } from '../../src/modules/message/message.entity';
import { createTestDatabase, realPostgres, type TestDatabase } from '../helpers/database';
import { createPair } from '../helpers/mentorship-factories';
import { createUser, manager, type UserWithToken } from '../helpers/factories';
import { Outage } from '../helpers/outage';
import { startTestServer, type TestServer } from '../helpers/server';

const pgDescribe = realPostgres() ? describe : describe.skip;
/** How long the writers' outage lasts (OUTAGE_MS=10000 plays a ten-second one). */
const OUTAGE_MS = Number(process.env.OUTAGE_MS ?? 2000);

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

    it('loses and duplicates no write: writers that retry with their clientMutationId get every message in once', async () => {
      const pair = await createPair(server);
      const SEND = `mutation ($input: SendMessageInput!) { sendMessage(input: $input) { message { id content } } }`;
      const acknowledged = new Map<string, string>();
      const answers = { ok: 0, unavailable: 0, other: [] as string[] };
      let running = true;
      let firstAfterOutage = 0;
      const writer = async (token: string): Promise<void> => {
        while (running) {
          const key = randomUUID();
          for (;;) {
            const res = await server
              .client(token)
              .request<{ sendMessage: { message: { id: string } } }>(SEND, {
                input: { mentorshipId: pair.id, content: key, clientMutationId: key },
              })
              .catch(() => null);
            const code = res?.errors?.[0]?.extensions?.code;
            if (res?.data) {
              answers.ok++;
              acknowledged.set(key, res.data.sendMessage.message.id);
              firstAfterOutage ||= restoredAt ? Date.now() : 0;
              break;
            }
            if (code === 'SERVICE_UNAVAILABLE') answers.unavailable++;
            else answers.other.push(String(code ?? res?.status ?? 'transport'));
            await sleep(100);
          }
        }
      };
      let restoredAt = 0;
      const writers = Array.from({ length: 10 }, (_, i) => writer(i % 2 ? pair.mentor.token : pair.mentee.token));
      await sleep(1000);
      await outage.down();
      await sleep(OUTAGE_MS);
      await outage.up();
      restoredAt = Date.now();
      await sleep(1500);
      running = false;
      await Promise.all(writers);
      const stored = await manager(server).find(Message, { where: { mentorshipId: pair.mentorship.id } });
      const byContent = new Map<string, number>();
      for (const m of stored) byContent.set(m.content, (byContent.get(m.content) ?? 0) + 1);
      const missing = [...acknowledged.keys()].filter((key) => !byContent.has(key));
      const duplicated = [...byContent.values()].filter((n) => n > 1).length;
      process.stdout.write(
        `outage of ${OUTAGE_MS} ms under 10 writers: ${answers.ok} acknowledged, ${answers.unavailable} SERVICE_UNAVAILABLE, ` +
          `other answers ${JSON.stringify(answers.other)}, first write ${firstAfterOutage - restoredAt} ms after the database returned, ` +
          `missing ${missing.length}, duplicated ${duplicated}\n`,
      );
      expect(answers.unavailable).toBeGreaterThan(0);
      expect(answers.other).toEqual([]);
      expect(missing).toEqual([]);
      expect(duplicated).toBe(0);
      expect(stored).toHaveLength(acknowledged.size);
    }, 60_000);
  },
);
