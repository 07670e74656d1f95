import { toGlobalId } from '../src/common/global-id';
import { Role } from '../src/modules/role/role';
import { RoleReason } from '../src/modules/role/role.reasons';
import { UserStatus } from '../src/modules/user/user.entity';
import { realPostgres } from './helpers/database';
import { createUser, type UserWithToken } from './helpers/factories';
import { roleTrail, roleWindowId } from './helpers/role-factories';
import { ASSIGN, createRoleCast, effectiveRolesOf, type ChangePayload } from './helpers/role-operations';
import { startTestServer, type TestServer } from './helpers/server';

const pgIt = realPostgres() ? it : it.skip;
const HOUR = 3600 * 1000;

const SIGN_IN_REQUIRED = { code: 'UNAUTHENTICATED', reason: 'SIGN_IN_REQUIRED' };
const NOT_ALLOWED = { code: 'FORBIDDEN', reason: 'NOT_ALLOWED' };

let server: TestServer;
let owner: UserWithToken;
let admin: UserWithToken;
let mentor: UserWithToken;
let learner: UserWithToken;

beforeAll(async () => {
  server = await startTestServer();
  ({ owner, admin, mentor, learner } = await createRoleCast(server));
});
afterAll(() => server.close());

describe('assignRole', () => {
  it('lets an admin make a learner a mentor, with audit entry and notification', async () => {
    const target = await createUser(server);
    const data = await server.client(admin.token).ok<{ assignRole: ChangePayload }>(ASSIGN, {
      input: { userId: target.id, role: 'MENTOR', reason: 'Great reviews', adminNotes: 'internal' },
    });
    const window = data.assignRole.userRole;
    expect(window).toMatchObject({
      role: 'MENTOR',
      effectiveEndDate: null,
      isActive: true,
      reason: 'Great reviews',
      adminNotes: 'internal',
      user: { id: target.id },
      assignedBy: { id: admin.id },
    });
    expect(Math.abs(Date.parse(window.effectiveStartDate) - server.deps.clock().getTime())).toBeLessThan(60_000);
    expect(data.assignRole.user).toEqual({ id: target.id, effectiveRoles: ['LEARNER', 'MENTOR'] });
    expect(await effectiveRolesOf(server, target.token)).toContain('MENTOR');

    const trail = await roleTrail(server, target.user.id, Role.MENTOR);
    expect(trail.windows).toHaveLength(1);
    expect(trail.audits).toHaveLength(1);
    expect(trail.audits[0]).toMatchObject({
      action: 'role.assign',
      actorId: admin.user.id,
      targetType: 'User',
      targetId: target.user.id,
      reason: 'Great reviews',
      after: { role: 'MENTOR', userRoleId: trail.windows[0].id, effectiveEndDate: null },
    });
    expect(trail.notifications).toHaveLength(1);
    expect(trail.notifications[0].payload).toMatchObject({ action: 'ASSIGNED', role: 'MENTOR', userRoleId: window.id });
  });

  it('refuses learners and mentors (FORBIDDEN) and anonymous callers (UNAUTHENTICATED)', async () => {
    const input = { userId: learner.id, role: 'MENTOR' };
    expect(await server.client(learner.token).refusal(ASSIGN, { input })).toEqual(NOT_ALLOWED);
    expect(await server.client(mentor.token).refusal(ASSIGN, { input })).toEqual(NOT_ALLOWED);
    expect(await server.client().refusal(ASSIGN, { input })).toEqual(SIGN_IN_REQUIRED);
    expect((await roleTrail(server, learner.user.id, Role.MENTOR)).windows).toHaveLength(0);
  });

  it('refuses an admin assigning ADMIN or OWNER (FORBIDDEN)', async () => {
    const target = await createUser(server);
    for (const role of ['ADMIN', 'OWNER']) {
      expect(await server.client(admin.token).refusal(ASSIGN, { input: { userId: target.id, role } })).toEqual({
        code: 'FORBIDDEN',
        reason: RoleReason.OWNER_REQUIRED,
      });
    }
    expect((await roleTrail(server, target.user.id, Role.ADMIN)).windows).toHaveLength(0);
  });

  it('lets an owner assign ADMIN', async () => {
    const target = await createUser(server);
    const data = await server.client(owner.token).ok<{ assignRole: ChangePayload }>(ASSIGN, {
      input: { userId: target.id, role: 'ADMIN' },
    });
    expect(data.assignRole.user.effectiveRoles).toEqual(['LEARNER', 'ADMIN']);
    expect(data.assignRole.userRole.assignedBy).toEqual({ id: owner.id });
  });

  it('refuses an overlapping window of the same role (CONFLICT, enforced by the database)', async () => {
    const now = server.deps.clock().getTime();
    const target = await createUser(server, { roles: [Role.MENTOR] });
    const res = await server.client(admin.token).request(ASSIGN, {
      input: { userId: target.id, role: 'MENTOR', effectiveStartDate: new Date(now + HOUR).toISOString() },
    });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: RoleReason.ROLE_WINDOW_OVERLAP });
    expect((await roleTrail(server, target.user.id, Role.MENTOR)).windows).toHaveLength(1);
  });

  it('accepts back-to-back windows that touch but do not overlap', async () => {
    const now = server.deps.clock().getTime();
    const target = await createUser(server);
    const boundary = new Date(now + 2 * HOUR).toISOString();
    const client = server.client(admin.token);
    await client.ok(ASSIGN, {
      input: {
        userId: target.id,
        role: 'MENTOR',
        effectiveStartDate: new Date(now).toISOString(),
        effectiveEndDate: boundary,
      },
    });
    await client.ok(ASSIGN, { input: { userId: target.id, role: 'MENTOR', effectiveStartDate: boundary } });
    expect((await roleTrail(server, target.user.id, Role.MENTOR)).windows).toHaveLength(2);
  });

  it('refuses a window that ends before it starts, or in the past (BAD_USER_INPUT)', async () => {
    const now = server.deps.clock().getTime();
    const client = server.client(admin.token);
    const backwards = await client.request(ASSIGN, {
      input: {
        userId: learner.id,
        role: 'MENTOR',
        effectiveStartDate: new Date(now + 2 * HOUR).toISOString(),
        effectiveEndDate: new Date(now + HOUR).toISOString(),
      },
    });
    expect(backwards.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: RoleReason.WINDOW_ENDS_BEFORE_START,
      fields: { effectiveEndDate: 'must be after effectiveStartDate' },
    });
    const past = await client.request(ASSIGN, {
      input: {
        userId: learner.id,
        role: 'MENTOR',
        effectiveStartDate: new Date(now - 5 * HOUR).toISOString(),
        effectiveEndDate: new Date(now - HOUR).toISOString(),
      },
    });
    expect(past.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: RoleReason.WINDOW_IN_PAST });
    expect((await roleTrail(server, learner.user.id, Role.MENTOR)).windows).toHaveLength(0);
  });

  it('answers NOT_FOUND for an unknown user and BAD_USER_INPUT for a malformed or foreign id', async () => {
    const client = server.client(admin.token);
    const unknown = toGlobalId('User', '00000000-0000-4000-8000-000000000000');
    expect(await client.refusal(ASSIGN, { input: { userId: unknown, role: 'MENTOR' } })).toEqual({
      code: 'NOT_FOUND',
      reason: 'NOT_FOUND',
    });
    expect(await client.refusal(ASSIGN, { input: { userId: 'nope', role: 'MENTOR' } })).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_INPUT',
    });
    const taskId = toGlobalId('Task', learner.user.id);
    const res = await client.request(ASSIGN, { input: { userId: taskId, role: 'MENTOR' } });
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { userId: 'is not a User id' },
    });
  });

  it('refuses to give roles to a deleted user (CONFLICT)', async () => {
    const target = await createUser(server, { status: UserStatus.DELETED });
    expect(await server.client(admin.token).refusal(ASSIGN, { input: { userId: target.id, role: 'MENTOR' } })).toEqual({
      code: 'CONFLICT',
      reason: RoleReason.USER_DELETED,
    });
  });
});

describe('UserRole', () => {
  const NODE = `query ($id: ID!) { node(id: $id) { ... on UserRole { id role user { id } } } }`;

  it('is fetchable by node(id) for its own user and admins only', async () => {
    const id = await roleWindowId(server, mentor.user.id, Role.MENTOR);
    for (const token of [mentor.token, admin.token]) {
      const data = await server.client(token).ok<{ node: { id: string; user: { id: string } } | null }>(NODE, { id });
      expect(data.node).toMatchObject({ id, user: { id: mentor.id } });
    }
    const other = await server.client(learner.token).ok<{ node: unknown }>(NODE, { id });
    expect(other.node).toBeNull();
  });

  it('shows adminNotes to admins only', async () => {
    const target = await createUser(server);
    await server
      .client(admin.token)
      .ok(ASSIGN, { input: { userId: target.id, role: 'MENTOR', adminNotes: 'watch closely' } });
    const query = `{ viewer { roles { role adminNotes } } }`;
    const res = await server.client(target.token).request(query);
    expect(res.errors?.[0].extensions).toMatchObject(NOT_ALLOWED);
    const asAdmin = await server
      .client(admin.token)
      .ok<{ user: { roles: Array<{ role: Role; adminNotes: string | null }> } }>(
        `query ($id: ID!) { user(id: $id) { roles { role adminNotes } } }`,
        { id: target.id },
      );
    expect(asAdmin.user.roles).toContainEqual({ role: 'MENTOR', adminNotes: 'watch closely' });
  });
});

describe('concurrent role changes', () => {
  pgIt(
    'lets only one of two simultaneous overlapping assignments win (needs real PostgreSQL: PGlite runs one statement at a time)',
    async () => {
      const target = await createUser(server);
      const client = server.client(admin.token);
      const results = await Promise.all(
        [0, 1].map(() => client.request(ASSIGN, { input: { userId: target.id, role: 'MENTOR' } })),
      );
      const codes = results.map((r) => r.errors?.[0].extensions?.code ?? 'OK').sort();
      expect(codes).toEqual(['CONFLICT', 'OK']);
      // Same start instant may trip the unique index instead of the exclusion constraint.
      const loser = results.find((r) => r.errors)?.errors?.[0].extensions?.reason;
      expect([RoleReason.ROLE_WINDOW_OVERLAP, RoleReason.ROLE_WINDOW_EXISTS]).toContain(loser);
      expect((await roleTrail(server, target.user.id, Role.MENTOR)).windows).toHaveLength(1);
    },
  );

  pgIt(
    '120 racing overlapping assignments: one window, every other answer a CONFLICT, none a fault (needs real PostgreSQL: PGlite runs one statement at a time)',
    async () => {
      const target = await createUser(server);
      const client = server.client(admin.token);
      const now = server.deps.clock().getTime();
      const results = await Promise.all(
        Array.from({ length: 120 }, (_, i) =>
          client.request(ASSIGN, {
            input: { userId: target.id, role: 'MENTOR', effectiveStartDate: new Date(now + i * 60_000).toISOString() },
          }),
        ),
      );
      const answers = results.map((r) =>
        r.errors ? `${r.errors[0]!.extensions?.code}:${r.errors[0]!.extensions?.reason}` : 'OK',
      );
      expect(answers.filter((a) => a === 'OK')).toHaveLength(1);
      const allowed = [RoleReason.ROLE_WINDOW_OVERLAP, RoleReason.ROLE_WINDOW_EXISTS, 'CONTENDED'].map(
        (r) => `CONFLICT:${r}`,
      );
      expect(answers.filter((a) => a !== 'OK' && !allowed.includes(a))).toEqual([]);
      expect((await roleTrail(server, target.user.id, Role.MENTOR)).windows).toHaveLength(1);
    },
  );
});

describe('roles evaluated per request', () => {
  it('a future-dated MENTOR window takes effect once its start has passed, without a new token', async () => {
    const target = await createUser(server);
    const start = new Date(server.deps.clock().getTime() + HOUR).toISOString();
    await server
      .client(admin.token)
      .ok(ASSIGN, { input: { userId: target.id, role: 'MENTOR', effectiveStartDate: start } });
    expect(await effectiveRolesOf(server, target.token)).toEqual(['LEARNER']);
    server.advanceClock(2 * HOUR);
    expect(await effectiveRolesOf(server, target.token)).toEqual(['LEARNER', 'MENTOR']);
  });
});
