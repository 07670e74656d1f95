import { fromGlobalId, toGlobalId } from '../src/common/global-id';
import { AuditLog } from '../src/modules/audit/audit-log.entity';
import { Notification } from '../src/modules/notification/notification.entity';
import { Role } from '../src/modules/role/role';
import { UserRole } from '../src/modules/role/user-role.entity';
import { UserStatus } from '../src/modules/user/user.entity';
import { realPostgres } from './helpers/database';
import { createUser, manager, type UserWithToken } from './helpers/factories';
import { roleTrail, roleWindowId } from './helpers/role-factories';
import { startTestServer, type TestServer } from './helpers/server';

const pgIt = realPostgres() ? it : it.skip;
const HOUR = 3600 * 1000;

let server: TestServer;
let owner: UserWithToken;
let admin: UserWithToken;
let mentor: UserWithToken;
let learner: UserWithToken;

beforeAll(async () => {
  server = await startTestServer();
  owner = await createUser(server, { roles: [Role.OWNER], firstName: 'Olga' });
  admin = await createUser(server, { roles: [Role.ADMIN], firstName: 'Adam' });
  mentor = await createUser(server, { roles: [Role.MENTOR], firstName: 'Mia' });
  learner = await createUser(server, { firstName: 'Leo' });
});
afterAll(() => server.close());

const WINDOW = `id role effectiveStartDate effectiveEndDate isActive reason user { id } assignedBy { id }`;
const ASSIGN = `mutation ($input: AssignRoleInput!) {
  assignRole(input: $input) { userRole { ${WINDOW} adminNotes } user { id effectiveRoles } }
}`;
const REVOKE = `mutation ($input: RevokeRoleInput!) {
  revokeRole(input: $input) { userRole { ${WINDOW} } user { id effectiveRoles } }
}`;
const BULK = `mutation ($input: BulkAssignRoleInput!) {
  bulkAssignRole(input: $input) { userRoles { ${WINDOW} } users { id effectiveRoles } }
}`;
const EFFECTIVE = `{ viewer { effectiveRoles } }`;

interface Window {
  id: string;
  role: Role;
  effectiveStartDate: string;
  effectiveEndDate: string | null;
  isActive: boolean;
  reason: string | null;
  user: { id: string };
  assignedBy: { id: string } | null;
  adminNotes?: string | null;
}
interface ChangePayload {
  userRole: Window;
  user: { id: string; effectiveRoles: Role[] };
}

async function effectiveRolesOf(token: string): Promise<Role[]> {
  const data = await server.client(token).ok<{ viewer: { effectiveRoles: Role[] } }>(EFFECTIVE);
  return data.viewer.effectiveRoles;
}

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
    expect(await effectiveRolesOf(target.token)).toContain('MENTOR');

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
    expect(await server.client(learner.token).errorCode(ASSIGN, { input })).toBe('FORBIDDEN');
    expect(await server.client(mentor.token).errorCode(ASSIGN, { input })).toBe('FORBIDDEN');
    expect(await server.client().errorCode(ASSIGN, { input })).toBe('UNAUTHENTICATED');
    expect((await roleTrail(server, learner.user.id, Role.MENTOR)).windows).toHaveLength(0);
  });

  it('refuses an admin assigning ADMIN or OWNER (FORBIDDEN)', async () => {
    const target = await createUser(server);
    for (const role of ['ADMIN', 'OWNER']) {
      expect(await server.client(admin.token).errorCode(ASSIGN, { input: { userId: target.id, role } })).toBe(
        'FORBIDDEN',
      );
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
    expect(res.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(res.errors?.[0].message).toMatch(/already holds MENTOR/);
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
    expect(past.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await roleTrail(server, learner.user.id, Role.MENTOR)).windows).toHaveLength(0);
  });

  it('answers NOT_FOUND for an unknown user and BAD_USER_INPUT for a malformed or foreign id', async () => {
    const client = server.client(admin.token);
    const unknown = toGlobalId('User', '00000000-0000-4000-8000-000000000000');
    expect(await client.errorCode(ASSIGN, { input: { userId: unknown, role: 'MENTOR' } })).toBe('NOT_FOUND');
    expect(await client.errorCode(ASSIGN, { input: { userId: 'nope', role: 'MENTOR' } })).toBe('BAD_USER_INPUT');
    const taskId = toGlobalId('Task', learner.user.id);
    const res = await client.request(ASSIGN, { input: { userId: taskId, role: 'MENTOR' } });
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { userId: 'is not a User id' },
    });
  });

  it('refuses to give roles to a deleted user (CONFLICT)', async () => {
    const target = await createUser(server, { status: UserStatus.DELETED });
    expect(await server.client(admin.token).errorCode(ASSIGN, { input: { userId: target.id, role: 'MENTOR' } })).toBe(
      'CONFLICT',
    );
  });
});

describe('revokeRole', () => {
  it('ends a current window now; the row stays as history and the user is told', async () => {
    const target = await createUser(server, { roles: [Role.MENTOR] });
    const userRoleId = await roleWindowId(server, target.user.id, Role.MENTOR);
    const data = await server.client(admin.token).ok<{ revokeRole: ChangePayload }>(REVOKE, {
      input: { userRoleId, reason: 'Stepped down' },
    });
    expect(data.revokeRole.userRole).toMatchObject({ id: userRoleId, isActive: true, role: 'MENTOR' });
    const ended = Date.parse(data.revokeRole.userRole.effectiveEndDate ?? '');
    expect(Math.abs(ended - server.deps.clock().getTime())).toBeLessThan(60_000);
    expect(data.revokeRole.user.effectiveRoles).toEqual(['LEARNER']);
    expect(await effectiveRolesOf(target.token)).toEqual(['LEARNER']);

    const trail = await roleTrail(server, target.user.id, Role.MENTOR);
    expect(trail.windows).toHaveLength(1);
    expect(trail.audits.map((a) => a.action)).toEqual(['role.revoke']);
    expect(trail.audits[0]).toMatchObject({
      actorId: admin.user.id,
      reason: 'Stepped down',
      before: { role: 'MENTOR', effectiveEndDate: null },
      after: { role: 'MENTOR', userRoleId: fromGlobalId(userRoleId).id },
    });
    expect(trail.notifications.map((n) => n.payload.action)).toEqual(['REVOKED']);
  });

  it('refuses to revoke a window that has already ended (CONFLICT)', async () => {
    const target = await createUser(server, { roles: [Role.MENTOR] });
    const userRoleId = await roleWindowId(server, target.user.id, Role.MENTOR);
    const client = server.client(admin.token);
    await client.ok(REVOKE, { input: { userRoleId } });
    expect(await client.errorCode(REVOKE, { input: { userRoleId } })).toBe('CONFLICT');
  });

  it('deactivates a window that has not started yet instead of ending it', async () => {
    const target = await createUser(server);
    const start = new Date(server.deps.clock().getTime() + 5 * HOUR).toISOString();
    const client = server.client(admin.token);
    const assigned = await client.ok<{ assignRole: ChangePayload }>(ASSIGN, {
      input: { userId: target.id, role: 'MENTOR', effectiveStartDate: start },
    });
    const data = await client.ok<{ revokeRole: ChangePayload }>(REVOKE, {
      input: { userRoleId: assigned.assignRole.userRole.id },
    });
    expect(data.revokeRole.userRole).toMatchObject({ isActive: false, effectiveEndDate: null });
    const rows = await manager(server).find(UserRole, { where: { userId: target.user.id, role: Role.MENTOR } });
    expect(rows.map((r) => r.isActive)).toEqual([false]);
    // The deactivated window no longer blocks a new one over the same time.
    await client.ok(ASSIGN, {
      input: {
        userId: target.id,
        role: 'MENTOR',
        effectiveStartDate: new Date(Date.parse(start) + HOUR).toISOString(),
      },
    });
    expect(await client.errorCode(REVOKE, { input: { userRoleId: assigned.assignRole.userRole.id } })).toBe('CONFLICT');
  });

  it('refuses an admin revoking ADMIN (FORBIDDEN) and learners and anonymous callers', async () => {
    const other = await createUser(server, { roles: [Role.ADMIN] });
    const userRoleId = await roleWindowId(server, other.user.id, Role.ADMIN);
    expect(await server.client(admin.token).errorCode(REVOKE, { input: { userRoleId } })).toBe('FORBIDDEN');
    expect(await server.client(learner.token).errorCode(REVOKE, { input: { userRoleId } })).toBe('FORBIDDEN');
    expect(await server.client().errorCode(REVOKE, { input: { userRoleId } })).toBe('UNAUTHENTICATED');
    expect(await effectiveRolesOf(other.token)).toContain('ADMIN');
  });

  it('takes effect on the very next request: a revoked admin is refused with the same token', async () => {
    const other = await createUser(server, { roles: [Role.ADMIN] });
    const auditLog = `{ auditLog(first: 1) { totalCount } }`;
    await server.client(other.token).ok(auditLog);
    const userRoleId = await roleWindowId(server, other.user.id, Role.ADMIN);
    await server.client(owner.token).ok(REVOKE, { input: { userRoleId } });
    expect(await server.client(other.token).errorCode(auditLog)).toBe('FORBIDDEN');
  });

  it('answers NOT_FOUND for an unknown window', async () => {
    const userRoleId = toGlobalId('UserRole', '00000000-0000-4000-8000-000000000000');
    expect(await server.client(admin.token).errorCode(REVOKE, { input: { userRoleId } })).toBe('NOT_FOUND');
  });
});

describe('bulkAssignRole', () => {
  it('gives every listed user the role, with an audit entry and notification each', async () => {
    const targets = [await createUser(server), await createUser(server), await createUser(server)];
    const data = await server.client(admin.token).ok<{
      bulkAssignRole: { userRoles: Window[]; users: Array<{ id: string; effectiveRoles: Role[] }> };
    }>(BULK, { input: { userIds: targets.map((t) => t.id), role: 'MENTOR', reason: 'Cohort 7' } });
    expect(data.bulkAssignRole.userRoles.map((r) => r.user.id)).toEqual(targets.map((t) => t.id));
    expect(data.bulkAssignRole.userRoles.every((r) => r.reason === 'Cohort 7' && r.role === 'MENTOR')).toBe(true);
    expect(data.bulkAssignRole.users.map((u) => u.effectiveRoles)).toEqual(targets.map(() => ['LEARNER', 'MENTOR']));
    for (const t of targets) {
      const trail = await roleTrail(server, t.user.id, Role.MENTOR);
      expect([trail.windows.length, trail.audits.length, trail.notifications.length]).toEqual([1, 1, 1]);
    }
  });

  it('writes nothing when one user already holds the role, and names that user (CONFLICT)', async () => {
    const fresh = [await createUser(server), await createUser(server)];
    const taken = await createUser(server, { roles: [Role.MENTOR] });
    const db = manager(server);
    const before = { audits: await db.count(AuditLog), notes: await db.count(Notification) };
    const res = await server.client(admin.token).request(BULK, {
      input: { userIds: [fresh[0].id, taken.id, fresh[1].id], role: 'MENTOR' },
    });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', failedUserId: taken.id, failedIndex: 1 });
    for (const t of fresh) expect((await roleTrail(server, t.user.id, Role.MENTOR)).windows).toHaveLength(0);
    expect({ audits: await db.count(AuditLog), notes: await db.count(Notification) }).toEqual(before);
  });

  it('writes nothing when one id is unknown, and names it (NOT_FOUND)', async () => {
    const fresh = await createUser(server);
    const unknown = toGlobalId('User', '00000000-0000-4000-8000-00000000beef');
    const res = await server
      .client(admin.token)
      .request(BULK, { input: { userIds: [fresh.id, unknown], role: 'MENTOR' } });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', failedUserId: unknown });
    expect((await roleTrail(server, fresh.user.id, Role.MENTOR)).windows).toHaveLength(0);
  });

  it('accepts 1..100 distinct ids only (BAD_USER_INPUT)', async () => {
    const client = server.client(admin.token);
    const many = Array.from({ length: 101 }, (_, i) =>
      toGlobalId('User', `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`),
    );
    for (const userIds of [[], many, [learner.id, learner.id]]) {
      const res = await client.request(BULK, { input: { userIds, role: 'MENTOR' } });
      expect(res.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { userIds: expect.any(String) },
      });
    }
  });

  it('refuses an admin assigning ADMIN in bulk (FORBIDDEN) and learners', async () => {
    const input = { userIds: [learner.id], role: 'ADMIN' };
    expect(await server.client(admin.token).errorCode(BULK, { input })).toBe('FORBIDDEN');
    expect(await server.client(learner.token).errorCode(BULK, { input: { ...input, role: 'MENTOR' } })).toBe(
      'FORBIDDEN',
    );
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
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
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
      // Same start instant may trip the unique index instead of the exclusion constraint: both are CONFLICT.
      expect(codes).toEqual(['CONFLICT', 'OK']);
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
    expect(await effectiveRolesOf(target.token)).toEqual(['LEARNER']);
    server.advanceClock(2 * HOUR);
    expect(await effectiveRolesOf(target.token)).toEqual(['LEARNER', 'MENTOR']);
  });
});

describe('the last owner', () => {
  let solo: TestServer;
  afterAll(() => solo?.close());

  it('cannot be revoked (CONFLICT), while an owner with a peer can step down', async () => {
    solo = await startTestServer();
    const only = await createUser(solo, { roles: [Role.OWNER] });
    const ownerWindow = await roleWindowId(solo, only.user.id, Role.OWNER);
    expect(await solo.client(only.token).errorCode(REVOKE, { input: { userRoleId: ownerWindow } })).toBe('CONFLICT');
    const peer = await createUser(solo);
    await solo.client(only.token).ok(ASSIGN, { input: { userId: peer.id, role: 'OWNER' } });
    await solo.client(only.token).ok(REVOKE, { input: { userRoleId: ownerWindow } });
    const row = await manager(solo).findOneByOrFail(UserRole, { id: fromGlobalId(ownerWindow).id });
    expect(row.effectiveEndDate).not.toBeNull();
    expect(await solo.client(only.token).errorCode(`{ auditLog(first: 1) { totalCount } }`)).toBe('FORBIDDEN');
  });
});
