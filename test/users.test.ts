import { toGlobalId } from '../src/common/global-id';
import { grantRole } from '../src/modules/role/role.service';
import { Role } from '../src/modules/role/role';
import { UserOrder } from '../src/modules/user/user-query.inputs';
import { userListQuery } from '../src/modules/user/user-query.service';
import { User, UserStatus } from '../src/modules/user/user.entity';
import { realPostgres } from './helpers/database';
import { createUser, findSkill, manager, type UserWithToken } from './helpers/factories';
import { startTestServer, type TestServer } from './helpers/server';
import { uniqueTag } from './helpers/user-factories';

const pgIt = realPostgres() ? it : it.skip;
const HOUR = 3600_000;

let server: TestServer;
let admin: UserWithToken;
let learner: UserWithToken;
beforeAll(async () => {
  server = await startTestServer();
  admin = await createUser(server, { roles: [Role.ADMIN], firstName: 'Ada', lastName: 'Admin' });
  learner = await createUser(server, { firstName: 'Leo', lastName: 'Learner' });
});
afterAll(() => server.close());

const USERS = `query ($first: Int, $after: String, $last: Int, $before: String, $filter: UserFilter, $orderBy: UserOrder) {
  users(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
    totalCount
    nodes { id email firstName lastName status }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

interface UserNode {
  id: string;
  email: string;
  firstName: string | null;
  lastName: string | null;
  status: UserStatus;
}
interface UsersData {
  users: {
    totalCount: number;
    nodes: UserNode[];
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  };
}

async function listUsers(variables: Record<string, unknown>): Promise<UsersData['users']> {
  return (await server.client(admin.token).ok<UsersData>(USERS, { first: 50, ...variables })).users;
}
const firstNames = (page: UsersData['users']): Array<string | null> => page.nodes.map((n) => n.firstName);

/** Users sharing a fresh tag (in their last name), so a search isolates them from the rest of the file. */
async function taggedUsers(fields: Array<Partial<User>>): Promise<{ tag: string; users: UserWithToken[] }> {
  const tag = uniqueTag();
  const users: UserWithToken[] = [];
  for (const f of fields) users.push(await createUser(server, { lastName: tag, ...f }));
  return { tag, users };
}

describe('users', () => {
  it('refuses anonymous callers and non-admins', async () => {
    const notAllowed = { code: 'FORBIDDEN', reason: 'NOT_ALLOWED' };
    expect(await server.client().refusal(USERS, { first: 5 })).toEqual({
      code: 'UNAUTHENTICATED',
      reason: 'SIGN_IN_REQUIRED',
    });
    expect(await server.client(learner.token).refusal(USERS, { first: 5 })).toEqual(notAllowed);
    const mentor = await createUser(server, { roles: [Role.MENTOR] });
    expect(await server.client(mentor.token).refusal(USERS, { first: 5 })).toEqual(notAllowed);
  });

  it('lists newest first by default and oldest first with CREATED_AT_ASC', async () => {
    const base = server.deps.clock().getTime() - 10 * HOUR;
    const { tag } = await taggedUsers([
      { firstName: 'Old', createdAt: new Date(base) },
      { firstName: 'Mid', createdAt: new Date(base + HOUR) },
      { firstName: 'New', createdAt: new Date(base + 2 * HOUR) },
    ]);
    expect(firstNames(await listUsers({ filter: { search: tag } }))).toEqual(['New', 'Mid', 'Old']);
    const asc = await listUsers({ filter: { search: tag }, orderBy: UserOrder.CREATED_AT_ASC });
    expect(firstNames(asc)).toEqual(['Old', 'Mid', 'New']);
    expect(asc.totalCount).toBe(3);
  });

  it('orders by name case-insensitively with NAME_ASC and NAME_DESC', async () => {
    const { tag } = await taggedUsers([{ firstName: 'carla' }, { firstName: 'Ana' }, { firstName: 'Bruno' }]);
    expect(firstNames(await listUsers({ filter: { search: tag }, orderBy: 'NAME_ASC' }))).toEqual([
      'Ana',
      'Bruno',
      'carla',
    ]);
    expect(firstNames(await listUsers({ filter: { search: tag }, orderBy: 'NAME_DESC' }))).toEqual([
      'carla',
      'Bruno',
      'Ana',
    ]);
  });

  it('orders by last sign-in with LAST_SIGN_IN_DESC, never-signed-in users last, and pages through them', async () => {
    const now = server.deps.clock().getTime();
    const { tag } = await taggedUsers([
      { firstName: 'Earlier', lastSignInAt: new Date(now - 3 * HOUR) },
      { firstName: 'Never1', lastSignInAt: null },
      { firstName: 'Latest', lastSignInAt: new Date(now - HOUR) },
      { firstName: 'Never2', lastSignInAt: null },
    ]);
    const all = await listUsers({ filter: { search: tag }, orderBy: 'LAST_SIGN_IN_DESC' });
    expect(firstNames(all).slice(0, 2)).toEqual(['Latest', 'Earlier']);
    expect(firstNames(all).slice(2).sort()).toEqual(['Never1', 'Never2']);
    // One at a time: the cursor must carry the coalesced value through the null group.
    const seen: Array<string | null> = [];
    let after: string | null = null;
    for (let i = 0; i < 4; i += 1) {
      const page = await listUsers({ first: 1, after, filter: { search: tag }, orderBy: 'LAST_SIGN_IN_DESC' });
      seen.push(...firstNames(page));
      expect(page.pageInfo.hasNextPage).toBe(i < 3);
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(firstNames(all));
  });

  it('pages forward and backward with cursors', async () => {
    const { tag } = await taggedUsers(['A', 'B', 'C', 'D', 'E'].map((firstName) => ({ firstName })));
    const args = { filter: { search: tag }, orderBy: 'NAME_ASC' };
    const p1 = await listUsers({ ...args, first: 2 });
    expect(firstNames(p1)).toEqual(['A', 'B']);
    expect(p1.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const p2 = await listUsers({ ...args, first: 2, after: p1.pageInfo.endCursor });
    expect(firstNames(p2)).toEqual(['C', 'D']);
    const p3 = await listUsers({ ...args, first: 2, after: p2.pageInfo.endCursor });
    expect(firstNames(p3)).toEqual(['E']);
    expect(p3.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const back = await listUsers({ ...args, first: undefined, last: 2, before: p2.pageInfo.startCursor });
    expect(firstNames(back)).toEqual(['A', 'B']);
    expect(back.pageInfo.hasPreviousPage).toBe(false);
    const tail = await listUsers({ ...args, first: undefined, last: 2 });
    expect(firstNames(tail)).toEqual(['D', 'E']);
    expect(tail.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    const res = await server.client(admin.token).request(USERS, { first: 101 });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('searches names and emails as a case-insensitive substring', async () => {
    const tag = uniqueTag();
    await createUser(server, { firstName: 'María', lastName: `Gómez${tag}` });
    await createUser(server, { firstName: 'Other', email: `someone.${tag}@mail.example` });
    await createUser(server, { firstName: 'Unrelated' });
    expect(firstNames(await listUsers({ filter: { search: `GÓMEZ${tag.toUpperCase()}` } }))).toEqual(['María']);
    expect(firstNames(await listUsers({ filter: { search: `maría góm` } }))).toContain('María');
    expect(firstNames(await listUsers({ filter: { search: `ONE.${tag}@MAIL` } }))).toEqual(['Other']);
    expect((await listUsers({ filter: { search: `${tag}-nobody` } })).totalCount).toBe(0);
    const tooLong = await server.client(admin.token).request(USERS, { filter: { search: 'x'.repeat(201) } });
    expect(tooLong.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { 'filter.search': expect.any(String) },
    });
  });

  it('matches % and _ in the search term literally', async () => {
    const tag = uniqueTag();
    await createUser(server, { firstName: 'Underscore', lastName: `${tag}_x` });
    await createUser(server, { firstName: 'Letter', lastName: `${tag}ax` });
    await createUser(server, { firstName: 'Percent', lastName: `${tag}100%` });
    expect(firstNames(await listUsers({ filter: { search: `${tag}_` } }))).toEqual(['Underscore']);
    expect(firstNames(await listUsers({ filter: { search: `${tag}1%` } }))).toEqual([]);
    expect(firstNames(await listUsers({ filter: { search: `${tag}100%` } }))).toEqual(['Percent']);
  });

  it('filters by status, hiding DELETED users unless asked for', async () => {
    const { tag, users } = await taggedUsers([
      { firstName: 'Active' },
      { firstName: 'Suspended' },
      { firstName: 'Gone' },
    ]);
    await manager(server).update(User, { id: users[1].user.id }, { status: UserStatus.SUSPENDED });
    await manager(server).update(User, { id: users[2].user.id }, { status: UserStatus.DELETED });
    const byName = { search: tag };
    expect(firstNames(await listUsers({ filter: byName, orderBy: 'NAME_ASC' }))).toEqual(['Active', 'Suspended']);
    expect(firstNames(await listUsers({ filter: { ...byName, status: 'SUSPENDED' } }))).toEqual(['Suspended']);
    expect(firstNames(await listUsers({ filter: { ...byName, status: 'DELETED' } }))).toEqual(['Gone']);
  });

  it('filters by the role effective at request time', async () => {
    const { tag, users } = await taggedUsers([
      { firstName: 'Now', createdAt: new Date(server.deps.clock().getTime() - 3 * HOUR) },
      { firstName: 'Future', createdAt: new Date(server.deps.clock().getTime() - 2 * HOUR) },
      { firstName: 'Ending', createdAt: new Date(server.deps.clock().getTime() - HOUR) },
    ]);
    const db = manager(server);
    const now = server.deps.clock().getTime();
    await grantRole(db, { userId: users[0].user.id, role: Role.MENTOR, effectiveStartDate: new Date(now - HOUR) });
    await grantRole(db, { userId: users[1].user.id, role: Role.MENTOR, effectiveStartDate: new Date(now + HOUR) });
    await grantRole(db, {
      userId: users[2].user.id,
      role: Role.MENTOR,
      effectiveStartDate: new Date(now - 3 * HOUR),
      effectiveEndDate: new Date(now + 90 * 60_000),
    });
    const filter = { search: tag, role: 'MENTOR' };
    expect(firstNames(await listUsers({ filter }))).toEqual(['Ending', 'Now']);
    expect(firstNames(await listUsers({ filter: { search: tag, role: 'LEARNER' } }))).toHaveLength(3);
    server.advanceClock(2 * HOUR);
    expect(firstNames(await listUsers({ filter }))).toEqual(['Future', 'Now']);
  });

  it('resolves mentorSkills and menteeSkills for a whole page in a constant number of statements', async () => {
    const { tag, users } = await taggedUsers(['P', 'Q', 'R', 'S', 'T'].map((firstName) => ({ firstName })));
    const [backend, data, design] = await Promise.all(['backend', 'data', 'design'].map((s) => findSkill(server, s)));
    const db = manager(server);
    for (const { user } of users) {
      await db.query('INSERT INTO "user_mentor_skills" ("user_id", "skill_id") VALUES ($1, $2), ($1, $3)', [
        user.id,
        design.id,
        backend.id,
      ]);
      await db.query('INSERT INTO "user_mentee_skills" ("user_id", "skill_id") VALUES ($1, $2)', [user.id, data.id]);
    }
    const query = `query ($first: Int, $filter: UserFilter) {
      users(first: $first, filter: $filter, orderBy: NAME_ASC) { nodes { firstName mentorSkills { name } menteeSkills { slug } } }
    }`;
    type Data = {
      users: { nodes: Array<{ mentorSkills: Array<{ name: string }>; menteeSkills: Array<{ slug: string }> }> };
    };
    const run = async (first: number): Promise<{ statements: number; data: Data }> => {
      const before = server.db.queries.count;
      const data = await server.client(admin.token).ok<Data>(query, { first, filter: { search: tag } });
      return { statements: server.db.queries.count - before, data };
    };
    const small = await run(1);
    const big = await run(5);
    expect(big.data.users.nodes).toHaveLength(5);
    for (const node of big.data.users.nodes) {
      expect(node.mentorSkills.map((s) => s.name)).toEqual(['Backend', 'Design']);
      expect(node.menteeSkills.map((s) => s.slug)).toEqual(['data']);
    }
    expect(big.statements).toBe(small.statements);
  });

  pgIt(
    'answers a search from the trigram index users_search_trgm_idx (needs real PostgreSQL: the plan that matters is the production one)',
    async () => {
      const db = manager(server);
      await db.query(`
      INSERT INTO "users" ("email", "first_name", "last_name")
      SELECT 'bulk-' || n || '@bulk.example', 'Bulk' || n, 'Person' || n FROM generate_series(1, 2000) AS n`);
      await db.query('ANALYZE "users"');
      const qb = userListQuery(db, { search: 'bulk-1234@' }, new Date());
      const [sql, params] = qb
        .orderBy('u.createdAt', 'DESC')
        .addOrderBy('u.id', 'DESC')
        .limit(21)
        .getQueryAndParameters();
      const plan: Array<{ 'QUERY PLAN': string }> = await db.query(`EXPLAIN ${sql}`, params);
      expect(plan.map((r) => r['QUERY PLAN']).join('\n')).toContain('users_search_trgm_idx');
      const found = await qb.getMany();
      expect(found.map((u) => u.email)).toEqual(['bulk-1234@bulk.example']);
    },
  );
});

describe('user', () => {
  const USER = `query ($id: ID!) { user(id: $id) { id displayName } }`;
  const USER_STATUS = `query ($id: ID!) { user(id: $id) { id status } }`;
  const NODE = `query ($id: ID!) { node(id: $id) { id ... on User { displayName } } }`;

  it('hides deleted users from non-admins as NOT_FOUND (user and node), admins still see them', async () => {
    const gone = await createUser(server, { firstName: 'Gone' });
    expect((await server.client(learner.token).ok<{ user: { id: string } }>(USER, { id: gone.id })).user.id).toBe(
      gone.id,
    );
    await manager(server).update(User, { id: gone.user.id }, { status: UserStatus.DELETED });
    expect(await server.client(learner.token).refusal(USER, { id: gone.id })).toEqual({
      code: 'NOT_FOUND',
      reason: 'NOT_FOUND',
    });
    expect((await server.client(learner.token).ok<{ node: null }>(NODE, { id: gone.id })).node).toBeNull();
    const seen = await server.client(admin.token).ok<{ user: { status: string } }>(USER_STATUS, { id: gone.id });
    expect(seen.user.status).toBe('DELETED');
    const node = await server.client(admin.token).ok<{ node: { displayName: string } }>(NODE, { id: gone.id });
    expect(node.node.displayName).toMatch(/^Gone /);
  });

  it('is NOT_FOUND for an id nobody has', async () => {
    const id = toGlobalId('User', '00000000-0000-4000-8000-000000000000');
    expect(await server.client(learner.token).refusal(USER, { id })).toEqual({
      code: 'NOT_FOUND',
      reason: 'NOT_FOUND',
    });
  });
});
