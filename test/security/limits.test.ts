import { getIntrospectionQuery } from 'graphql';
import { toGlobalId } from '../../src/common/global-id';
import { Role } from '../../src/modules/role/role';
import { createUser, type UserWithToken } from '../helpers/factories';
import { startTestServer, type TestServer } from '../helpers/server';

let server: TestServer;
let admin: UserWithToken;
beforeAll(async () => {
  server = await startTestServer();
  admin = await createUser(server, { roles: [Role.ADMIN] });
});
afterAll(() => server.close());

const aliases = (n: number, field = 'skills(first: 100) { nodes { id name } }'): string =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

/** `viewer { mentorships { nodes { mentee { mentorships … } } } }`, `levels` mentorships deep. */
const nested = (levels: number): string => {
  let inner = 'id';
  for (let i = 0; i < levels; i++) inner = `mentorships(first: 2) { nodes { mentee { ${inner} } } }`;
  return `{ viewer { ${inner} } }`;
};

/** Sends a document and returns its status, first error and the SQL statements it ran. */
async function refusalOf(query: string, variables: Record<string, unknown> = {}, token = admin.token) {
  const before = server.db.queries.count;
  const res = await server.client(token).request(query, variables);
  // The session check reads the user and roles before any operation is looked at.
  return { status: res.status, data: res.data, error: res.errors?.[0], statements: server.db.queries.count - before };
}

describe('query limits refuse before anything runs', () => {
  it('a 1,000-alias document is refused at its token limit, with the measured count', async () => {
    const { status, error, data } = await refusalOf(aliases(1000), {}, '');
    expect(status).toBe(400);
    expect(data).toBeNull();
    expect(error).toMatchObject({
      message: expect.stringMatching(/^The document has \d+ tokens; the limit is 2000$/),
      extensions: { code: 'QUERY_TOO_COMPLEX', reason: 'TOO_MANY_TOKENS', limit: 2000, value: 15002 },
    });
  });

  it('more aliases than allowed is TOO_MANY_ALIASES with value and limit; no SQL runs', async () => {
    const { status, error, statements } = await refusalOf(aliases(31, 'skills(first: 1) { totalCount }'));
    expect(status).toBe(400);
    expect(error?.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', reason: 'TOO_MANY_ALIASES', value: 31, limit: 30 });
    expect(statements).toBeLessThanOrEqual(2);
  });

  it('nesting past the depth limit is TOO_DEEP', async () => {
    const { status, error } = await refusalOf(nested(7));
    expect(status).toBe(400);
    expect(error?.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', reason: 'TOO_DEEP', value: 23, limit: 10 });
  });

  it('a directive flood is TOO_MANY_DIRECTIVES', async () => {
    const { error } = await refusalOf(`{ viewer { id ${'@include(if: true) '.repeat(31)} } }`);
    expect(error?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', reason: 'TOO_MANY_DIRECTIVES', value: 31 });
  });

  it('fragments that expand past the cost walk are TOO_MANY_FIELDS', async () => {
    // Each fragment spreads the next four times: 4^7 fields from a few hundred tokens.
    const fragments = Array.from(
      { length: 8 },
      (_, i) => `fragment F${i} on Query { ${i === 7 ? '__typename' : `...F${i + 1} `.repeat(4)} }`,
    );
    const { status, error } = await refusalOf(`{ ...F0 } ${fragments.join(' ')}`);
    expect(status).toBe(400);
    expect(error?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', reason: 'TOO_MANY_FIELDS', limit: 10000 });
  });
});

describe('cost', () => {
  it('is reported on every answer: requested, the budget, what is left and when it resets', async () => {
    const res = await server.client(admin.token).request(`{ users(first: 10) { nodes { id roles { role } } } }`);
    // users: 1 + 10 × (node 1 + roles 10 × 1)
    expect(res.extensions?.cost).toEqual({
      requested: 111,
      limit: 100000,
      remaining: expect.any(Number),
      resetAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    const again = await server.client(admin.token).request(`{ viewer { id } }`);
    expect(again.extensions?.cost).toMatchObject({ requested: 1 });
    expect((again.extensions?.cost as { remaining: number }).remaining).toBe(
      (res.extensions?.cost as { remaining: number }).remaining - 1,
    );
  });

  it("lets Sandbox's full introspection query through: introspection costs nothing", async () => {
    const res = await server.client(admin.token).request(
      getIntrospectionQuery({
        descriptions: true,
        specifiedByUrl: true,
        directiveIsRepeatable: true,
        schemaDescription: true,
        inputValueDeprecation: true,
      }),
    );
    expect(res.errors).toBeUndefined();
    expect(res.extensions?.cost).toMatchObject({ requested: 1 });
  });

  it('multiplies nested pages: a request over the cost limit is TOO_COSTLY with its cost', async () => {
    const query = `{ users(first: 100) { nodes { activities(first: 100) { nodes { virtualClass { title } } } } } }`;
    const { status, error, statements } = await refusalOf(query);
    expect(status).toBe(400);
    // 1 + 100 × (1 + (1 + 100 × (1 + 1)))
    expect(error?.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', reason: 'TOO_COSTLY', value: 20201, limit: 10000 });
    expect(statements).toBeLessThanOrEqual(2);
  });

  it('counts nodes(ids) by its ids, so aliased batches of ids add up', async () => {
    const ids = Array.from({ length: 100 }, (_, i) =>
      toGlobalId('User', `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`),
    );
    const batches = (n: number, selection: string): string =>
      `query ($ids: [ID!]!) { ${Array.from({ length: n }, (_, i) => `n${i}: nodes(ids: $ids) ${selection}`).join(' ')} }`;
    const one = await server.client(admin.token).request(batches(1, '{ id }'), { ids });
    expect(one.extensions?.cost).toMatchObject({ requested: 100 });
    // 10 × 100 × (1 + 10 roles)
    const { error } = await refusalOf(batches(10, '{ ... on User { roles { role } } }'), { ids });
    expect(error?.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', reason: 'TOO_COSTLY', value: 11000, limit: 10000 });
  });

  it('counts mutations by their write and payload', async () => {
    const res = await server
      .client(admin.token)
      .request(`mutation { updateProfile(input: { city: "Lima" }) { user { id } } }`);
    expect(res.errors).toBeUndefined();
    // write 10 + payload 1 + user 1
    expect(res.extensions?.cost).toMatchObject({ requested: 12 });
  });
});

describe('nodes(ids)', () => {
  it('takes at most 100 ids: more is BAD_USER_INPUT on ids', async () => {
    const ids = Array.from({ length: 101 }, () => admin.id);
    const { error } = await refusalOf(`query ($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids });
    expect(error?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'TOO_MANY_IDS',
      fields: { ids: 'at most 100 ids at once' },
    });
  });
});

describe('limits come from the environment', () => {
  let strict: TestServer;
  beforeAll(async () => {
    strict = await startTestServer({ QUERY_MAX_DEPTH: '3', QUERY_MAX_COST: '50', QUERY_MAX_TOKENS: '100' });
  });
  afterAll(() => strict.close());

  it('applies each configured limit', async () => {
    const client = strict.client();
    const deep = await client.request(`{ skills { nodes { id } } }`);
    expect(deep.errors).toBeUndefined();
    const tooDeep = await client.request(`{ skills { edges { node { id } } } }`);
    expect(tooDeep.errors?.[0]?.extensions).toMatchObject({ reason: 'TOO_DEEP', value: 4, limit: 3 });
    const costly = await client.request(`{ skills(first: 50) { nodes { id } } }`);
    expect(costly.errors?.[0]?.extensions).toMatchObject({ reason: 'TOO_COSTLY', value: 51, limit: 50 });
    const long = await client.request(`{ ${'__typename '.repeat(120)} }`);
    expect(long.errors?.[0]?.extensions).toMatchObject({ reason: 'TOO_MANY_TOKENS', value: 122, limit: 100 });
  });
});
