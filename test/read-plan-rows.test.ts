import { Role } from '../src/modules/role/role';
import { createUser, type UserWithToken } from './helpers/factories';
import { startTestServer, type TestServer } from './helpers/server';

let server: TestServer;
let admin: UserWithToken;
let learner: UserWithToken;
beforeAll(async () => {
  server = await startTestServer();
  admin = await createUser(server, { roles: [Role.ADMIN], firstName: 'Ada', lastName: 'Admin' });
  learner = await createUser(server, { firstName: 'Leo', lastName: 'Learner' });
});
afterAll(() => server.close());

/** The SQL of the read statements one request runs (the session check excluded). */
async function readsOf(token: string, query: string, variables: Record<string, unknown> = {}): Promise<string[]> {
  const { queries } = server.db;
  queries.statements.length = 0;
  queries.recording = true;
  try {
    await server.client(token).ok(query, variables);
  } finally {
    queries.recording = false;
  }
  return queries.statements.map((s) => s.sql).filter((sql) => /^\s*SELECT json_build_array\("/.test(sql));
}

describe('planned rows carry only what the selection reads', () => {
  it('a list of display names reads the name columns, not the whole profile', async () => {
    const [sql] = await readsOf(admin.token, `{ users(first: 5) { nodes { displayName } } }`);
    expect(sql).toContain('"first_name"');
    for (const column of ['"bio"', '"phone"', '"address"', '"notification_preferences"', '"learning_goals"']) {
      expect(sql).not.toContain(column);
    }
  });

  it('nested rows leave out foreign keys and ids nothing reads', async () => {
    const [sql] = await readsOf(
      admin.token,
      `{ users(first: 5) { nodes { roles { role } earnedBadges { badge { name } } } } }`,
    );
    // Each nested row is only its selected values: no ids, foreign keys or admin notes.
    expect(sql).toContain('json_agg(json_build_array("r0"."role") ORDER BY');
    expect(sql).toContain('json_agg(json_build_array((SELECT json_build_array("r2"."name") FROM "badges"');
    for (const column of ['"admin_notes"', '"assigned_by_id"', '"reason"']) expect(sql).not.toContain(column);
  });

  it('order columns are read when the client asks for cursors, and the cursors page on', async () => {
    const query = `query ($after: String) { viewer { activities(first: 1) { edges { cursor } } } users(first: 1, after: $after) { edges { cursor node { displayName } } } }`;
    const [sql] = await readsOf(admin.token, query);
    expect(sql).toMatch(/"u"\."created_at"/);
    const first = await server
      .client(admin.token)
      .ok<{ users: { edges: Array<{ cursor: string; node: { displayName: string } }> } }>(query);
    const next = await server
      .client(admin.token)
      .ok<{ users: { edges: Array<{ cursor: string; node: { displayName: string } }> } }>(query, {
        after: first.users.edges[0]!.cursor,
      });
    expect(next.users.edges[0]!.cursor).not.toBe(first.users.edges[0]!.cursor);
  });

  it('rules that compare ids still see them: own private fields yes, another user’s no', async () => {
    const query = `query ($id: ID!) { viewer { email totalClasses } user(id: $id) { displayName totalClasses } }`;
    const res = await server.client(learner.token).request<{
      viewer: { email: string; totalClasses: number };
      user: { displayName: string; totalClasses: number | null };
    }>(query, { id: admin.id });
    expect(res.data).toEqual({
      viewer: { email: learner.user.email, totalClasses: 0 },
      user: { displayName: 'Ada Admin', totalClasses: null },
    });
    expect(res.errors?.map((e) => [e.path?.join('.'), e.extensions?.code])).toEqual([
      ['user.totalClasses', 'FORBIDDEN'],
    ]);
  });
});
