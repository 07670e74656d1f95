import { createUser, manager, type UserWithToken } from './helpers/factories';
import { startTestServer, type TestServer } from './helpers/server';

const PRODUCTION = {
  NODE_ENV: 'production',
  JWT_SECRET: 'a-production-secret-that-is-long-enough-for-hs256',
  TOKEN_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
  MAIL_DISABLED: 'true',
};
const METRICS_TOKEN = 'metrics-token-for-the-scraper-0123';

let server: TestServer;
let learner: UserWithToken;
beforeAll(async () => {
  server = await startTestServer();
  learner = await createUser(server);
});
afterAll(() => server.close());

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** The samples of a Prometheus text exposition (label values here contain no escaped quotes). */
function parseSamples(text: string): Sample[] {
  return text
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const [, name, labelText, value] = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line)!;
      const labels = Object.fromEntries([...(labelText ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
      return { name: name!, labels, value: Number(value) };
    });
}

/** The value of the sample `name` whose labels include `labels`; undefined when there is none. */
function valueOf(samples: Sample[], name: string, labels: Record<string, string> = {}): number | undefined {
  return samples.find((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))?.value;
}

async function scrape(
  url: string,
  token?: string,
): Promise<{ status: number; contentType: string | null; text: string }> {
  const res = await fetch(`${url}/metrics`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: res.status, contentType: res.headers.get('content-type'), text: await res.text() };
}

describe('GET /metrics', () => {
  it('counts operations by name and type, their latency, cost and errors, in Prometheus text format', async () => {
    const client = server.client(learner.token);
    await client.ok('query MetricsSkills { skills(first: 2) { totalCount } }');
    await client.ok('query MetricsSkills { skills(first: 1) { totalCount } }');
    await client.ok('mutation MetricsReadAll { markNotificationsRead(input: {}) { markedCount } }');
    expect(await client.refusal('query MetricsEveryone { users(first: 1) { totalCount } }')).toEqual({
      code: 'FORBIDDEN',
      reason: 'NOT_ALLOWED',
    });
    await client.request('{ skills(first: 1) { totalCount } }');

    const { status, contentType, text } = await scrape(server.url);
    expect(status).toBe(200);
    expect(contentType).toMatch(/^text\/plain; version=0\.0\.4/);
    const samples = parseSamples(text);
    const requests = (operation: string, type: string): number | undefined =>
      valueOf(samples, 'aula_graphql_requests_total', { operation, type });
    expect({
      query: requests('MetricsSkills', 'query'),
      mutation: requests('MetricsReadAll', 'mutation'),
      refused: requests('MetricsEveryone', 'query'),
      anonymous: requests('anonymous', 'query'),
    }).toEqual({ query: 2, mutation: 1, refused: 1, anonymous: 1 });
    expect(
      valueOf(samples, 'aula_graphql_request_duration_seconds_count', { operation: 'MetricsSkills', type: 'query' }),
    ).toBe(2);
    expect(
      valueOf(samples, 'aula_graphql_request_duration_seconds_bucket', { operation: 'MetricsSkills', le: '+Inf' }),
    ).toBe(2);
    expect(valueOf(samples, 'aula_graphql_errors_total', { code: 'FORBIDDEN', reason: 'NOT_ALLOWED' })).toBe(1);
    expect(valueOf(samples, 'aula_graphql_query_cost_count', { operation: 'MetricsSkills' })).toBe(2);
    expect(valueOf(samples, 'aula_graphql_query_cost_sum', { operation: 'MetricsSkills' })).toBeGreaterThan(0);
    expect(valueOf(samples, 'aula_subscriptions_active')).toBe(0);
    expect(text).toContain('# TYPE aula_subscription_events_total counter');
  });

  it('counts a refusal made before the operation runs (an invalid document) with its code', async () => {
    await server.client().request('query MetricsTypo { skillz { totalCount } }');
    const samples = parseSamples((await scrape(server.url)).text);
    expect(valueOf(samples, 'aula_graphql_requests_total', { operation: 'MetricsTypo', type: 'unknown' })).toBe(1);
    expect(valueOf(samples, 'aula_graphql_errors_total', { code: 'GRAPHQL_VALIDATION_FAILED' })).toBeGreaterThan(0);
  });

  it('counts a document refused as untrusted, which no request hook sees', async () => {
    const strict = await startTestServer({ TRUSTED_DOCUMENTS: 'strict' }, server.db);
    try {
      expect(await strict.client(learner.token).refusal('query MetricsUnlisted { viewer { id } }')).toEqual({
        code: 'FORBIDDEN',
        reason: 'DOCUMENT_NOT_TRUSTED',
      });
      const samples = parseSamples((await scrape(strict.url)).text);
      expect(valueOf(samples, 'aula_graphql_errors_total', { code: 'FORBIDDEN', reason: 'DOCUMENT_NOT_TRUSTED' })).toBe(
        1,
      );
    } finally {
      await strict.close();
    }
  });

  it('reports the outbox backlog, the database pool and the process', async () => {
    await manager(server).query(
      `INSERT INTO "outbox" ("kind", "payload", "failed_at", "created_at")
       VALUES ('metrics.test', '{}', NULL, now() - interval '90 seconds'), ('metrics.test', '{}', now(), now())`,
    );
    try {
      const samples = parseSamples((await scrape(server.url)).text);
      expect(valueOf(samples, 'aula_outbox_undelivered_effects')).toBeGreaterThanOrEqual(1);
      expect(valueOf(samples, 'aula_outbox_parked_effects')).toBeGreaterThanOrEqual(1);
      expect(valueOf(samples, 'aula_outbox_oldest_undelivered_age_seconds')).toBeGreaterThanOrEqual(90);
      expect(valueOf(samples, 'aula_db_pool_connections', { pool: 'primary' })).toBeGreaterThanOrEqual(0);
      expect(valueOf(samples, 'aula_db_pool_idle_connections', { pool: 'primary' })).toBeGreaterThanOrEqual(0);
      // Read before the scrape's own outbox statement queues for a connection: nothing else is waiting.
      expect(valueOf(samples, 'aula_db_pool_waiting_clients', { pool: 'primary' })).toBe(0);
      expect(valueOf(samples, 'aula_db_pool_max_connections', { pool: 'primary' })).toBeGreaterThanOrEqual(1);
      expect(valueOf(samples, 'process_cpu_seconds_total')).toBeGreaterThan(0);
      expect(valueOf(samples, 'nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
    } finally {
      await manager(server).query(`DELETE FROM "outbox" WHERE "kind" = 'metrics.test'`);
    }
  });

  it('still answers when the outbox cannot be read, leaving out only its gauges', async () => {
    const db = manager(server);
    await db.query(`ALTER TABLE "outbox" RENAME TO "outbox_away"`);
    try {
      const { status, text } = await scrape(server.url);
      expect(status).toBe(200);
      const samples = parseSamples(text);
      expect(valueOf(samples, 'aula_outbox_undelivered_effects')).toBeUndefined();
      expect(valueOf(samples, 'aula_db_pool_max_connections', { pool: 'primary' })).toBeGreaterThanOrEqual(1);
      expect(valueOf(samples, 'process_cpu_seconds_total')).toBeGreaterThan(0);
    } finally {
      await db.query(`ALTER TABLE "outbox_away" RENAME TO "outbox"`);
    }
  });

  it('keeps apart the counts of two servers in one process (a registry each)', async () => {
    const second = await startTestServer({}, server.db);
    try {
      const samples = parseSamples((await scrape(second.url)).text);
      expect(valueOf(samples, 'aula_graphql_requests_total', { operation: 'MetricsSkills' })).toBeUndefined();
      expect(valueOf(samples, 'process_cpu_seconds_total')).toBeGreaterThan(0);
    } finally {
      await second.close();
    }
  });
});

describe('GET /metrics in production', () => {
  it('is not served without METRICS_TOKEN', async () => {
    const production = await startTestServer(PRODUCTION, server.db);
    try {
      expect((await scrape(production.url)).status).toBe(404);
    } finally {
      await production.close();
    }
  });

  it('asks for METRICS_TOKEN as a Bearer token when it is set', async () => {
    const production = await startTestServer({ ...PRODUCTION, METRICS_TOKEN }, server.db);
    try {
      const missing = await fetch(`${production.url}/metrics`);
      expect({ status: missing.status, challenge: missing.headers.get('www-authenticate') }).toEqual({
        status: 401,
        challenge: 'Bearer realm="metrics"',
      });
      expect((await scrape(production.url, `${METRICS_TOKEN}x`)).status).toBe(401);
      expect((await scrape(production.url, METRICS_TOKEN.slice(0, -1))).status).toBe(401);
      const granted = await scrape(production.url, METRICS_TOKEN);
      expect(granted.status).toBe(200);
      expect(granted.text).toContain('# TYPE aula_graphql_requests_total counter');
    } finally {
      await production.close();
    }
  });
});
