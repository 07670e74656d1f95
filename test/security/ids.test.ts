import { toGlobalId } from '../../src/common/global-id';
import { createUser, type UserWithToken } from '../helpers/factories';
import { startTestServer, type TestServer } from '../helpers/server';

const UUID = '00000000-0000-4000-8000-000000000001';
// Names a plain object answers for, whatever it holds: none of them is a node type.
const PROTOTYPE_KEYS = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'];

let server: TestServer;
let user: UserWithToken;
beforeAll(async () => {
  server = await startTestServer();
  user = await createUser(server);
});
afterAll(() => server.close());

describe('global ids name only registered types', () => {
  it.each(PROTOTYPE_KEYS)('node(id) of a "%s" id is null, not a fault', async (type) => {
    const res = await server.client(user.token).request<{ node: null }>(`query ($id: ID!) { node(id: $id) { id } }`, {
      id: toGlobalId(type, UUID),
    });
    expect(res).toMatchObject({ status: 200, data: { node: null } });
    expect(res.errors).toBeUndefined();
  });

  it('nodes(ids) answers null for each such id, in order, beside a real one', async () => {
    const ids = [...PROTOTYPE_KEYS.map((type) => toGlobalId(type, UUID)), user.id];
    const data = await server
      .client(user.token)
      .ok<{ nodes: Array<{ id: string } | null> }>(`query ($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids });
    expect(data.nodes).toEqual([...PROTOTYPE_KEYS.map(() => null), { id: user.id }]);
  });

  it('an id of another type where a User id is expected is BAD_USER_INPUT naming the field', async () => {
    const res = await server.client(user.token).request(`query ($id: ID!) { user(id: $id) { id } }`, {
      id: toGlobalId('constructor', UUID),
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { id: expect.any(String) } });
  });
});
