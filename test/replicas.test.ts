import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { Role } from '../src/modules/role/role';
import { grantRole } from '../src/modules/role/role.service';
import { UserRole } from '../src/modules/role/user-role.entity';
import { User } from '../src/modules/user/user.entity';
import { createTestDatabase, realPostgres, type TestDatabase } from './helpers/database';
import { createUser, manager } from './helpers/factories';
import { startTestServer, type TestServer } from './helpers/server';
import { mark, StatementTap } from './helpers/statement-tap';

// Real PostgreSQL only: the embedded database is one in-process engine, with no replicas to route to.
const pgDescribe = realPostgres() ? describe : describe.skip;
const NEEDS = '(needs real PostgreSQL: the embedded database has no replicas)';

/** createContext's session check: the user row with its role rows (src/common/read-plan/reads.ts rowWithChildren). */
const SESSION_CHECK = /FROM "user_roles" c WHERE[\s\S]*FROM "users" t WHERE t\."id" = \$1/;

const USERS_PAGE = `{ users(first: 100) { nodes { id } totalCount } }`;

/** Connections a pool has lent out and not had back. */
function checkedOut(pool: unknown): number {
  const { totalCount, idleCount } = pool as { totalCount: number; idleCount: number };
  return totalCount - idleCount;
}

pgDescribe(`read replicas: the primary as its own replica, behind statement taps ${NEEDS}`, () => {
  let primary: StatementTap;
  let replica: StatementTap;
  let db: TestDatabase;
  let server: TestServer;

  beforeAll(async () => {
    const base = new URL(process.env.TEST_DATABASE_URL!);
    const target = { host: base.hostname, port: Number(base.port || 5432) };
    primary = new StatementTap(target);
    replica = new StatementTap(target);
    await primary.up();
    await replica.up();
    db = await createTestDatabase({ via: (url) => primary.url(url), replicas: (url) => [replica.url(url)] });
    server = await startTestServer(
      { DATABASE_URL: primary.url(db.url!), DATABASE_REPLICA_URLS: replica.url(db.url!) },
      db,
    );
    expect(server.env.DATABASE_REPLICA_URLS).toEqual([replica.url(db.url!)]);
  });
  afterAll(async () => {
    await server.close();
    await db.drop();
    await primary.down();
    await replica.down();
  });

  it("reads a query's fields from the replica (planned rows, counts, finds, raw SQL); only the session check reads the primary", async () => {
    const admin = await createUser(server, { roles: [Role.ADMIN] });
    const since = mark();
    const data = await server.client(admin.token).ok<{
      users: { nodes: Array<{ id: string }>; totalCount: number };
      badges: unknown[];
      platformStats: { totalUsers: number };
    }>(`{ users(first: 100) { nodes { id } totalCount } badges { name } platformStats(period: WEEK) { totalUsers } }`);
    expect(data.users.nodes.map((n) => n.id)).toContain(admin.id);
    expect(data.users.totalCount).toBeGreaterThan(0);
    expect(data.badges.length).toBeGreaterThan(0);
    expect(data.platformStats.totalUsers).toBe(data.users.totalCount);
    expect(primary.after(since)).toEqual([expect.stringMatching(SESSION_CHECK)]);
    const replicated = replica.after(since);
    expect(replicated).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/FROM "users"/), // the planned page (src/db/prepared.ts read)
        expect.stringMatching(/COUNT\(/i), // totalCount: a query builder's getCount
        expect.stringMatching(/FROM "badges"/), // a loader's find
        expect.stringMatching(/FROM mentor_applications/), // platformStats: EntityManager.query
      ]),
    );
  });

  it('sends nothing to the primary for an anonymous query', async () => {
    const since = mark();
    await server.client().ok(`{ skills(first: 5) { nodes { name } totalCount } }`);
    expect(primary.after(since)).toEqual([]);
    expect(replica.after(since).length).toBeGreaterThan(0);
  });

  it("runs a mutation's transaction on the primary, and its payload's reads there after the commit", async () => {
    const user = await createUser(server);
    const since = mark();
    const data = await server.client(user.token).ok<{
      updateProfile: { user: { firstName: string; roles: Array<{ role: string }>; unreadNotificationCount: number } };
    }>(`mutation { updateProfile(input: { firstName: "Ada" }) { user { firstName roles { role } unreadNotificationCount } } }`);
    expect(data.updateProfile.user).toEqual({
      firstName: 'Ada',
      roles: [{ role: 'LEARNER' }],
      unreadNotificationCount: 0,
    });
    const sent = primary.statements.filter((s) => s.seq > since);
    const begin = sent.find((s) => /^START TRANSACTION/i.test(s.sql));
    const commit = sent.find((s) => /^COMMIT/i.test(s.sql));
    expect(begin && commit && begin.seq < commit.seq).toBe(true);
    expect(sent.some((s) => /^UPDATE "users"/i.test(s.sql) && s.seq > begin!.seq && s.seq < commit!.seq)).toBe(true);
    // roles and the unread count are read for the payload's fresh row: after the commit, on the primary.
    const afterCommit = primary.after(commit!.seq);
    expect(afterCommit).toEqual(expect.arrayContaining([expect.stringMatching(/"user_roles"/)]));
    expect(replica.after(since)).toEqual([]);
  });

  it('reads the primary for the later root fields of a mutation too, and the replica again on the next request', async () => {
    const user = await createUser(server);
    const since = mark();
    await server
      .client(user.token)
      .ok(
        `mutation { first: updateProfile(input: { firstName: "A" }) { user { id } } second: updateProfile(input: { lastName: "B" }) { user { roles { role } } } }`,
      );
    expect(replica.after(since)).toEqual([]);
    const next = mark();
    await server.client(user.token).ok(`{ viewer { roles { role } } }`);
    expect(primary.after(next)).toEqual([expect.stringMatching(SESSION_CHECK)]);
    expect(replica.after(next).length).toBeGreaterThan(0);
  });

  it('holds no connection once the requests are answered', async () => {
    const user = await createUser(server);
    await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        i % 2 === 0
          ? server.client(user.token).ok(`{ viewer { roles { role } } badges { name } }`)
          : server
              .client(user.token)
              .ok(`mutation { updateProfile(input: { city: "C${i}" }) { user { roles { role } } } }`),
      ),
    );
    const driver = db.database.dataSource.driver as PostgresDriver;
    expect(driver.connectedQueryRunners).toHaveLength(0);
    expect([driver.master, ...driver.slaves].map(checkedOut)).toEqual([0, 0]);
  });

  it('counts the replica for /readyz: 503 naming it while it is unreachable, 200 again once it is back', async () => {
    const since = mark();
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    expect(replica.after(since)).toContain('SELECT 1');
    await replica.down();
    try {
      const during = await fetch(`${server.url}/readyz`);
      expect(during.status).toBe(503);
      expect(((await during.json()) as { reason: string }).reason).toMatch(/^replica 1: /);
    } finally {
      await replica.up();
    }
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
  });
});

pgDescribe(`read replicas: one that lags, another database holding what was copied to it ${NEEDS}`, () => {
  let lagging: TestDatabase;
  let db: TestDatabase;
  let server: TestServer;

  beforeAll(async () => {
    lagging = await createTestDatabase();
    db = await createTestDatabase({ replicas: () => [lagging.url!] });
    server = await startTestServer({ DATABASE_URL: db.url!, DATABASE_REPLICA_URLS: lagging.url! }, db);
  });
  afterAll(async () => {
    await server.close();
    await db.drop();
    await lagging.drop();
  });

  /** Copies a user and its roles to the lagging replica as they are now on the primary ("replication"). */
  async function replicate(userId: string): Promise<void> {
    const user = await manager(server).findOneByOrFail(User, { id: userId });
    const roles = await manager(server).findBy(UserRole, { userId });
    const copy = lagging.database.dataSource.manager;
    await copy.save(User, user);
    await copy.save(UserRole, roles);
  }

  it('refuses a token signed out on the primary, though the replica still holds its old token version', async () => {
    const user = await createUser(server);
    await replicate(user.user.id);
    await server.client(user.token).ok(`mutation { signOutEverywhere { success } }`);
    expect(await server.client(user.token).errorCode(`{ badges { name } }`)).toBe('UNAUTHENTICATED');
  });

  it('accepts the token of a user only the primary has yet, while the query itself reads the replica', async () => {
    const admin = await createUser(server, { roles: [Role.ADMIN] });
    const data = await server.client(admin.token).ok<{ users: { nodes: Array<{ id: string }> } }>(USERS_PAGE);
    expect(data.users.nodes.map((n) => n.id)).not.toContain(admin.id);
  });

  it("answers a mutation's payload from the primary (read-your-writes), the next request from the replica", async () => {
    const user = await createUser(server);
    await replicate(user.user.id);
    // Granted after the copy: only the primary knows the MENTOR role.
    await grantRole(manager(server), { userId: user.user.id, role: Role.MENTOR, effectiveStartDate: new Date(0) });
    const roles = `roles { role }`;
    const data = await server
      .client(user.token)
      .ok<{ updateProfile: { user: { roles: Array<{ role: string }> } } }>(
        `mutation { updateProfile(input: { firstName: "Ada" }) { user { ${roles} } } }`,
      );
    expect(data.updateProfile.user.roles.map((r) => r.role).sort()).toEqual(['LEARNER', 'MENTOR']);
    const next = await server
      .client(user.token)
      .ok<{ node: { firstName: string; roles: Array<{ role: string }> } }>(
        `query ($id: ID!) { node(id: $id) { ... on User { firstName ${roles} } } }`,
        { id: user.id },
      );
    // The viewer's own row is the one the session check read on the primary; its roles come from the replica.
    expect(next.node).toEqual({ firstName: 'Ada', roles: [{ role: 'LEARNER' }] });
  });
});
