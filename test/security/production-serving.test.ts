import { Role } from '../../src/modules/role/role';
import { createUser } from '../helpers/factories';
import { startTestServer, type TestServer } from '../helpers/server';

let production: TestServer;
beforeAll(async () => {
  production = await startTestServer({
    NODE_ENV: 'production',
    JWT_SECRET: 'a-production-secret-that-is-long-enough-for-hs256',
    TOKEN_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
    MAIL_DISABLED: 'true',
  });
});
afterAll(() => production.close());

const post = (body: unknown): Promise<Response> =>
  fetch(`${production.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('serving in production', () => {
  it('answers with security headers and without naming the framework', async () => {
    const res = await post({ query: '{ __typename }' });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-powered-by')).toBeNull();
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('strict-transport-security')).toMatch(/^max-age=\d+/);
  });

  it('does not suggest field names: a typo reveals nothing of the schema', async () => {
    const res = await post({ query: '{ viewr { id } }' });
    const body = (await res.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0]!.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors[0]!.message).toBe('Cannot query field "viewr" on type "Query".');
  });
});

describe('requests the body parser refuses', () => {
  const raw = (body: string): Promise<Response> =>
    fetch(`${production.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

  it('malformed JSON is a JSON error, 400 BAD_REQUEST, with no stack or HTML', async () => {
    const res = await raw('{"query": "{ __typename }"');
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await res.json()).toEqual({
      errors: [{ message: 'The request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }],
    });
  });

  it('a body over 100 kB is 413 PAYLOAD_TOO_LARGE, as JSON', async () => {
    const res = await raw(JSON.stringify({ query: `{ __typename }`, variables: { pad: 'x'.repeat(200_000) } }));
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({
      errors: [
        { message: 'The request body is larger than the server accepts', extensions: { code: 'PAYLOAD_TOO_LARGE' } },
      ],
    });
  });
});

describe('introspection in production', () => {
  const SCHEMA = '{ __schema { queryType { name } } }';
  const TYPE = '{ __type(name: "User") { name } }';

  it('is refused before anything runs: UNAUTHENTICATED anonymously, FORBIDDEN for learners', async () => {
    const learner = await createUser(production);
    for (const [client, code] of [
      [production.client(), 'UNAUTHENTICATED'],
      [production.client(learner.token), 'FORBIDDEN'],
    ] as const) {
      for (const query of [SCHEMA, TYPE]) {
        const res = await client.request(query);
        expect({ status: res.status, data: res.data, codes: res.errors?.map((e) => e.extensions?.code) }).toEqual({
          status: 200,
          data: null,
          codes: [code],
        });
      }
    }
  });

  it('is answered for admins and owners, so Sandbox works for them', async () => {
    for (const role of [Role.ADMIN, Role.OWNER]) {
      const admin = await createUser(production, { roles: [role] });
      expect(await production.client(admin.token).ok(SCHEMA)).toEqual({ __schema: { queryType: { name: 'Query' } } });
      expect(await production.client(admin.token).ok(TYPE)).toEqual({ __type: { name: 'User' } });
    }
  });

  it('__typename is not introspection: anyone may ask for it', async () => {
    expect(await production.client().ok('{ __typename }')).toEqual({ __typename: 'Query' });
  });
});
