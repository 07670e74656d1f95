import { createLogger } from '../../src/app/logger';
import { createUser, type UserWithToken } from '../helpers/factories';
import { startTestServer, type TestServer } from '../helpers/server';
import { listening, subscriber } from '../helpers/subscriptions';
import { waitFor } from '../helpers/wait';

const HOUR = 3600_000;
const lines: string[] = [];
let server: TestServer;
let user: UserWithToken;

beforeAll(async () => {
  server = await startTestServer(
    {},
    undefined,
    createLogger({ LOG_LEVEL: 'info' }, { write: (line) => lines.push(line) }),
  );
  user = await createUser(server);
});
afterAll(() => server.close());

const VIEWER = JSON.stringify({ query: '{ viewer { id } }' });

describe('request logs', () => {
  it('a signed-in session (Bearer, cookie, a re-issued token) leaves no token in the log', async () => {
    const url = `${server.url}/graphql`;
    const bearer = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${user.token}` },
      body: VIEWER,
    });
    expect(bearer.status).toBe(200);
    server.advanceClock(13 * HOUR); // old enough to be re-issued
    const cookie = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `aula_token=${user.token}` },
      body: VIEWER,
    });
    const refreshed = cookie.headers.get('x-refreshed-token');
    expect(refreshed).toBeTruthy();
    expect(cookie.headers.get('set-cookie')).toContain(refreshed);

    const log = lines.join('');
    const requests = lines
      .map((l) => JSON.parse(l) as { req?: { url: string } })
      .filter((l) => l.req?.url === '/graphql');
    expect(requests).toHaveLength(2);
    expect(log).not.toContain(user.token);
    expect(log).not.toContain(refreshed!);
    expect(log).toContain('"authorization":"[redacted]"');
    expect(log).toContain('"cookie":"[redacted]"');
    expect(log).toContain('"x-refreshed-token":"[redacted]"');
  });

  it('OAuth callback codes and states in a query string are not logged', async () => {
    const before = lines.length;
    await fetch(`${server.url}/auth/github/callback?code=oauth-code-4711&state=opaque-state-0815&x=1`, {
      redirect: 'manual',
    });
    const logged = lines.slice(before).map((l) => JSON.parse(l) as { req?: { url: string; query?: object } });
    const request = logged.find((l) => l.req?.url.startsWith('/auth/github/callback'));
    expect(request?.req?.url).toBe('/auth/github/callback?code=[redacted]&state=[redacted]&x=1');
    expect(lines.slice(before).join('')).not.toMatch(/oauth-code-4711|opaque-state-0815/);
  });

  it("each GraphQL request's line names the operation, the user and the error codes answered", async () => {
    const before = lines.length;
    await server.client(user.token).request('query Me { viewer { id } }');
    await server.client(user.token).request('query Everyone { users(first: 1) { totalCount } }');
    const logged = lines
      .slice(before)
      .map((l) => JSON.parse(l) as { req?: { url: string }; graphql?: unknown })
      .filter((l) => l.req?.url === '/graphql')
      .map((l) => l.graphql);
    const userId = user.user.id;
    expect(logged).toEqual([
      { operation: 'Me', userId },
      { operation: 'Everyone', userId, errors: ['FORBIDDEN'] },
    ]);
  });

  it("each request's line carries its request id, the caller's x-request-id when it sent one", async () => {
    const before = lines.length;
    await server.client(user.token).request('query Me { viewer { id } }', {}, { 'x-request-id': 'log-probe-1' });
    const logged = lines.slice(before).map((l) => JSON.parse(l) as { req?: { id?: string }; graphql?: unknown });
    expect(logged).toContainEqual(
      expect.objectContaining({ req: expect.objectContaining({ id: 'log-probe-1' }), graphql: expect.anything() }),
    );
  });
});

describe('subscription logs', () => {
  it('a line per subscription, with its request id, operation and user, and never the token', async () => {
    const before = lines.length;
    const socket = subscriber(server, user.token);
    try {
      socket.subscribe('subscription Live { notificationAdded { id } }');
      const refused = socket.subscribe('subscription Broken { nothingHere }');
      await listening(server, 1);
      await waitFor(async () => refused.errors.length > 0);
    } finally {
      await socket.dispose();
    }
    const logged = lines.slice(before).map(
      (l) =>
        JSON.parse(l) as {
          msg: string;
          reqId?: string;
          graphql?: { operation: string; userId: string; errors?: string[] };
        },
    );
    const started = logged.find((l) => l.msg === 'subscription started');
    expect(started).toMatchObject({ graphql: { operation: 'Live', userId: user.user.id } });
    expect(started?.reqId).toMatch(/^[0-9a-f-]{36}$/);
    expect(logged.find((l) => l.msg === 'subscription refused')).toMatchObject({
      graphql: { operation: 'Broken', userId: user.user.id, errors: ['GRAPHQL_VALIDATION_FAILED'] },
    });
    expect(lines.slice(before).join('')).not.toContain(user.token);
  });
});
