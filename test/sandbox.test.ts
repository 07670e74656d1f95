import { getIntrospectionQuery } from 'graphql';
import { SANDBOX_ORIGIN } from '../src/app/cors';
import { createDeps } from '../src/app/deps';
import { SANDBOX_EXAMPLE } from '../src/app/landing-page';
import { createLogger } from '../src/app/logger';
import { startServer, type RunningServer } from '../src/app/server';
import { issueDevToken } from '../src/auth/dev-token';
import { parseEnv } from '../src/config/env';
import { Role } from '../src/modules/role/role';
import { createTestDatabase, type TestDatabase } from './helpers/database';
import { createUser } from './helpers/factories';
import { GraphQLClient } from './helpers/graphql';
import { startTestServer, type TestServer } from './helpers/server';

/** GET /graphql as a browser opening it. */
const browse = (url: string): Promise<Response> => fetch(`${url}/graphql`, { headers: { accept: 'text/html' } });

/** The configuration the embedded Sandbox page hands to Apollo's script. */
function sandboxConfig(html: string): { initialState: { document?: string; sharedHeaders?: Record<string, string> } } {
  const config = /var embeddedSandboxConfig = (\{.*\});/.exec(html)?.[1];
  if (!config) throw new Error(`no embedded Sandbox in:\n${html}`);
  return JSON.parse(config) as ReturnType<typeof sandboxConfig>;
}

describe('development: the embedded Sandbox', () => {
  let db: TestDatabase;
  let server: RunningServer;
  let token: string;
  beforeAll(async () => {
    // As main.ts starts it: the dev token is issued first, then handed to the landing page.
    db = await createTestDatabase();
    const env = parseEnv({ NODE_ENV: 'development', AUTH_DEV_LOGIN: 'true', LOG_LEVEL: 'silent', OUTBOX_POLL_MS: '0' });
    const deps = createDeps(env, db.database, createLogger(env));
    token = await issueDevToken(deps);
    server = await startServer(deps, 0, '127.0.0.1', { sandboxToken: token });
  });
  afterAll(async () => {
    await server.stop();
    await db.drop();
  });

  it('opens on the example document with the dev token as its Authorization header', async () => {
    const res = await browse(server.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const { initialState } = sandboxConfig(await res.text());
    expect(initialState.document).toBe(SANDBOX_EXAMPLE);
    expect(initialState.sharedHeaders).toEqual({ Authorization: `Bearer ${token}` });
  });

  it("the example runs as it opens: the demo owner's dashboard", async () => {
    const data = await new GraphQLClient(`${server.url}/graphql`, token).ok(SANDBOX_EXAMPLE);
    expect(data).toMatchObject({
      viewer: { email: 'owner@aula.dev', badgeProgress: { earned: 0 }, unreadMessageCount: 0 },
      virtualClasses: { nodes: [] },
    });
  });
});

describe('test: the embedded Sandbox without a token', () => {
  it('opens on the example document and sends no header', async () => {
    const server = await startTestServer();
    try {
      const { initialState } = sandboxConfig(await (await browse(server.url)).text());
      expect(initialState.document).toBe(SANDBOX_EXAMPLE);
      expect(initialState.sharedHeaders).toBeUndefined();
    } finally {
      await server.close();
    }
  });
});

describe('production: Sandbox on Apollo Studio, for admins with a token', () => {
  let production: TestServer;
  let admin: string;
  beforeAll(async () => {
    production = await startTestServer({
      NODE_ENV: 'production',
      JWT_SECRET: 'a-production-secret-that-is-long-enough-for-hs256',
      TOKEN_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
      MAIL_DISABLED: 'true',
      CORS_ORIGINS: 'https://app.aula.dev',
    });
    admin = (await createUser(production, { roles: [Role.ADMIN] })).token;
  });
  afterAll(() => production.close());

  it('serves no landing page to a browser on /graphql', async () => {
    const res = await browse(production.url);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.status).toBe(400);
    expect(await res.text()).not.toMatch(/<html|Sandbox/i);
  });

  it("refuses anonymous and learners' introspection, and answers an admin's bearer token", async () => {
    const learner = await createUser(production);
    const query = getIntrospectionQuery();
    expect(await production.client().refusal(query)).toEqual({ code: 'UNAUTHENTICATED', reason: 'SIGN_IN_REQUIRED' });
    expect(await production.client(learner.token).refusal(query)).toEqual({ code: 'FORBIDDEN', reason: 'NOT_ALLOWED' });
    expect(await production.client(admin).ok(query)).toMatchObject({ __schema: { queryType: { name: 'Query' } } });
  });

  it("lets Sandbox's origin preflight and call with a bearer token, never with credentials (the cookie)", async () => {
    const pre = await fetch(`${production.url}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin: SANDBOX_ORIGIN,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,authorization',
      },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe(SANDBOX_ORIGIN);
    expect(pre.headers.get('access-control-allow-headers')).toBe('content-type,authorization');
    expect(pre.headers.get('access-control-allow-credentials')).toBeNull();

    const res = await fetch(`${production.url}/graphql`, {
      method: 'POST',
      headers: { origin: SANDBOX_ORIGIN, 'content-type': 'application/json', authorization: `Bearer ${admin}` },
      body: JSON.stringify({ query: '{ __schema { queryType { name } } }' }),
    });
    expect(res.headers.get('access-control-allow-origin')).toBe(SANDBOX_ORIGIN);
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    expect(await res.json()).toMatchObject({ data: { __schema: { queryType: { name: 'Query' } } } });
  });

  it('keeps credentials for the configured app origins only', async () => {
    const pre = await fetch(`${production.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://app.aula.dev', 'access-control-request-method': 'POST' },
    });
    expect(pre.headers.get('access-control-allow-origin')).toBe('https://app.aula.dev');
    expect(pre.headers.get('access-control-allow-credentials')).toBe('true');
  });
});
