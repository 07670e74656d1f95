import type { Request } from 'express';
import { createContext } from '../src/app/context';
import { run } from '../src/app/runner';
import { toGlobalId } from '../src/common/global-id';
import { Role } from '../src/modules/role/role';
import { updateProfile } from '../src/modules/user/profile.service';
import { createUser, findSkill } from './helpers/factories';
import { startTestServer, type TestServer } from './helpers/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('viewer', () => {
  it('is null for anonymous callers', async () => {
    const data = await server.client().ok<{ viewer: null }>('{ viewer { id } }');
    expect(data.viewer).toBeNull();
  });

  it('is the signed-in user, with roles effective now', async () => {
    const { id, token } = await createUser(server, { firstName: 'Vera', lastName: 'Viewer', roles: [Role.MENTOR] });
    const data = await server
      .client(token)
      .ok<{ viewer: { id: string; displayName: string; effectiveRoles: string[] } }>(
        '{ viewer { id displayName effectiveRoles } }',
      );
    expect(data.viewer).toEqual({ id, displayName: 'Vera Viewer', effectiveRoles: ['LEARNER', 'MENTOR'] });
  });

  it('is read after the writes of the same operation, not as cached when the request began', async () => {
    const { token } = await createUser(server, { city: 'Lima' });
    // A request context as the server builds it (only what createContext reads from the request).
    const req = { headers: { authorization: `Bearer ${token}` }, ip: '127.0.0.1', get: () => undefined };
    const ctx = await createContext(server.deps, req as unknown as Request, 'viewer-test');
    expect(ctx.viewer?.city).toBe('Lima');
    await run(ctx, updateProfile, { change: { patch: { city: 'Cusco' } } });
    // The runner empties the request's reads after a write: the viewer row is read again.
    const viewer = await ctx.loaders.userById.load(ctx.viewer!.id);
    expect(viewer).toMatchObject({ city: 'Cusco', revision: 2 });
  });

  it('treats a forged token as anonymous', async () => {
    const data = await server.client('not.a.token').ok<{ viewer: null }>('{ viewer { id } }');
    expect(data.viewer).toBeNull();
  });
});

describe('user(id) and node(id)', () => {
  it('needs a signed-in caller', async () => {
    const { id } = await createUser(server);
    expect(await server.client().refusal('query ($id: ID!) { user(id: $id) { id } }', { id })).toEqual({
      code: 'UNAUTHENTICATED',
      reason: 'SIGN_IN_REQUIRED',
    });
  });

  it('fetches a user and a skill by global id', async () => {
    const { token } = await createUser(server);
    const other = await createUser(server, { firstName: 'Otto', lastName: 'Other' });
    const skill = await findSkill(server, 'devops');
    const client = server.client(token);
    const data = await client.ok<{ user: { displayName: string }; node: { __typename: string; name: string } }>(
      'query ($id: ID!, $skill: ID!) { user(id: $id) { displayName } node(id: $skill) { __typename ... on Skill { name } } }',
      { id: other.id, skill: toGlobalId('Skill', skill.id) },
    );
    expect(data).toEqual({ user: { displayName: 'Otto Other' }, node: { __typename: 'Skill', name: 'DevOps' } });
    const nodes = await client.ok<{ nodes: Array<{ id: string } | null> }>(
      'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }',
      { ids: [other.id, toGlobalId('User', '00000000-0000-4000-8000-000000000000')] },
    );
    expect(nodes.nodes).toEqual([{ id: other.id }, null]);
  });

  it('refuses a malformed id with BAD_USER_INPUT', async () => {
    const { token } = await createUser(server);
    const client = server.client(token);
    for (const id of [
      'nonsense',
      toGlobalId('User', 'not-a-uuid'),
      toGlobalId('Skill', '00000000-0000-4000-8000-000000000000'),
    ]) {
      const res = await client.request('query ($id: ID!) { user(id: $id) { id } }', { id });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT' });
    }
    expect(await client.refusal('query ($id: ID!) { node(id: $id) { id } }', { id: 'bad' })).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_INPUT',
    });
  });
});

describe('errors', () => {
  it('hides internals and names the query problem', async () => {
    const res = await server.client().request('{ viewer { nope } }');
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(res.errors)).not.toContain('stacktrace');
  });
});
