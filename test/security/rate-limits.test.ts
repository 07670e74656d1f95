import { randomUUID } from 'node:crypto';
import { createUser } from '../helpers/factories';
import type { GraphQLResponse } from '../helpers/graphql';
import { startTestServer, type TestServer } from '../helpers/server';
import { setTimeout as sleep } from 'node:timers/promises';

/** Costs 11: the connection, plus 10 skills. */
const SKILLS = `{ skills(first: 10) { nodes { name } } }`;

const costOf = (res: GraphQLResponse<unknown>) => res.extensions?.cost as Record<string, unknown> | undefined;

describe('cost budgets', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ RATE_LIMIT_ANONYMOUS_POINTS: '100', RATE_LIMIT_POINTS: '300' });
  });
  afterAll(() => server.close());

  it('anonymous callers spend from their IP budget; over it the answer is 429 RATE_LIMITED with Retry-After', async () => {
    const client = server.client();
    for (let i = 1; i <= 9; i++) {
      const res = await client.request(SKILLS);
      expect(res.status).toBe(200);
      expect(costOf(res)).toMatchObject({ requested: 11, limit: 100, remaining: 100 - 11 * i });
    }
    const refused = await client.request(SKILLS);
    expect(refused.status).toBe(429);
    expect(refused.data).toBeNull();
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(refused.errors).toEqual([
      {
        message: `Rate limit reached; try again in ${retryAfter} s`,
        extensions: { code: 'RATE_LIMITED', reason: 'BUDGET_SPENT', retryAfter },
      },
    ]);
    expect(costOf(refused)).toMatchObject({ requested: 11, limit: 100, remaining: 1 });
  });

  it('a refused request spends nothing: what is left still serves a cheaper one', async () => {
    const res = await server.client().request(`{ __typename }`);
    expect(res.status).toBe(200);
    expect(costOf(res)).toMatchObject({ requested: 1, remaining: 0 });
  });

  it('each signed-in user has a budget of their own', async () => {
    const [ana, ben] = [await createUser(server), await createUser(server)];
    for (let i = 0; i < 27; i++) await server.client(ana.token).ok(SKILLS);
    const spent = await server.client(ana.token).request(SKILLS);
    expect(spent.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    const fresh = await server.client(ben.token).request(SKILLS);
    expect(fresh.errors).toBeUndefined();
    expect(costOf(fresh)).toMatchObject({ limit: 300, remaining: 289 });
  });
});

describe('a spent budget is whole again when its window ends', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ RATE_LIMIT_ANONYMOUS_POINTS: '20', RATE_LIMIT_WINDOW_SECONDS: '1' });
  });
  afterAll(() => server.close());

  it('serves again after Retry-After', async () => {
    await server.client().ok(SKILLS);
    const refused = await server.client().request(SKILLS);
    expect(refused.status).toBe(429);
    await sleep(Number(refused.headers.get('retry-after')) * 1000 + 100);
    const again = await server.client().request(SKILLS);
    expect(again.status).toBe(200);
    expect(costOf(again)).toMatchObject({ remaining: 9 });
  });
});

describe('a burst of 1,000 anonymous requests', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('is served up to the default budget (10,000 per minute per IP) and refused beyond it', async () => {
    const answers = await Promise.all(Array.from({ length: 1000 }, () => server.client().request(SKILLS)));
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(909);
    expect(statuses.filter((s) => s === 429)).toHaveLength(91);
  });
});

describe('a Redis that does not answer', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ REDIS_URL: 'redis://127.0.0.1:1', RATE_LIMIT_ANONYMOUS_POINTS: '30' });
  });
  afterAll(() => server.close());

  it('leaves the budgets to this process: requests are served and still limited', async () => {
    const first = await server.client().request(SKILLS);
    expect(first.status).toBe(200);
    expect(costOf(first)).toMatchObject({ remaining: 19 });
    await server.client().ok(SKILLS);
    expect((await server.client().request(SKILLS)).status).toBe(429);
  });
});

const redisUrl = process.env.REDIS_URL;
const sharedRedis = redisUrl ? describe : describe.skip;

sharedRedis('two instances on one Redis (skipped without REDIS_URL: it needs a Redis server)', () => {
  let a: TestServer;
  let b: TestServer;
  beforeAll(async () => {
    const shared = {
      REDIS_URL: redisUrl!,
      REDIS_KEY_PREFIX: `test:${randomUUID()}:`,
      RATE_LIMIT_ANONYMOUS_POINTS: '100',
    };
    a = await startTestServer(shared);
    b = await startTestServer(shared, a.db);
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  it('spend from one budget: what A served counts on B', async () => {
    for (let i = 0; i < 5; i++) await a.client().ok(SKILLS);
    const onB = await b.client().request(SKILLS);
    expect(costOf(onB)).toMatchObject({ remaining: 100 - 66 });
    for (let i = 0; i < 3; i++) await b.client().ok(SKILLS);
    expect((await b.client().request(SKILLS)).status).toBe(429);
    expect((await a.client().request(SKILLS)).status).toBe(429);
  });
});
