import { fromGlobalId, toGlobalId } from '../src/common/global-id';
import { AuditLog } from '../src/modules/audit/audit-log.entity';
import { Notification } from '../src/modules/notification/notification.entity';
import { Role } from '../src/modules/role/role';
import { RoleReason } from '../src/modules/role/role.reasons';
import { UserRole } from '../src/modules/role/user-role.entity';
import { createUser, manager, type UserWithToken } from './helpers/factories';
import { roleTrail, roleWindowId } from './helpers/role-factories';
import {
  ASSIGN,
  BULK,
  createRoleCast,
  effectiveRolesOf,
  REVOKE,
  type ChangePayload,
  type Window,
} from './helpers/role-operations';
import { startTestServer, type TestServer } from './helpers/server';

const HOUR = 3600 * 1000;

const SIGN_IN_REQUIRED = { code: 'UNAUTHENTICATED', reason: 'SIGN_IN_REQUIRED' };
const NOT_ALLOWED = { code: 'FORBIDDEN', reason: 'NOT_ALLOWED' };

let server: TestServer;
let owner: UserWithToken;
let admin: UserWithToken;
let learner: UserWithToken;

beforeAll(async () => {
  server = await startTestServer();
  ({ owner, admin, learner } = await createRoleCast(server));
});
afterAll(() => server.close());

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
    expect(await effectiveRolesOf(server, target.token)).toEqual(['LEARNER']);

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
    expect(await client.refusal(REVOKE, { input: { userRoleId } })).toEqual({
      code: 'CONFLICT',
      reason: RoleReason.ROLE_WINDOW_ENDED,
    });
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
    expect(await client.refusal(REVOKE, { input: { userRoleId: assigned.assignRole.userRole.id } })).toEqual({
      code: 'CONFLICT',
      reason: RoleReason.ROLE_ALREADY_REVOKED,
    });
  });

  it('refuses an admin revoking ADMIN (FORBIDDEN) and learners and anonymous callers', async () => {
    const other = await createUser(server, { roles: [Role.ADMIN] });
    const userRoleId = await roleWindowId(server, other.user.id, Role.ADMIN);
    expect(await server.client(admin.token).refusal(REVOKE, { input: { userRoleId } })).toEqual({
      code: 'FORBIDDEN',
      reason: RoleReason.OWNER_REQUIRED,
    });
    expect(await server.client(learner.token).refusal(REVOKE, { input: { userRoleId } })).toEqual(NOT_ALLOWED);
    expect(await server.client().refusal(REVOKE, { input: { userRoleId } })).toEqual(SIGN_IN_REQUIRED);
    expect(await effectiveRolesOf(server, other.token)).toContain('ADMIN');
  });

  it('takes effect on the very next request: a revoked admin is refused with the same token', async () => {
    const other = await createUser(server, { roles: [Role.ADMIN] });
    const auditLog = `{ auditLog(first: 1) { totalCount } }`;
    await server.client(other.token).ok(auditLog);
    const userRoleId = await roleWindowId(server, other.user.id, Role.ADMIN);
    await server.client(owner.token).ok(REVOKE, { input: { userRoleId } });
    expect(await server.client(other.token).refusal(auditLog)).toEqual(NOT_ALLOWED);
  });

  it('answers NOT_FOUND for an unknown window', async () => {
    const userRoleId = toGlobalId('UserRole', '00000000-0000-4000-8000-000000000000');
    expect(await server.client(admin.token).refusal(REVOKE, { input: { userRoleId } })).toEqual({
      code: 'NOT_FOUND',
      reason: 'NOT_FOUND',
    });
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
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: RoleReason.ROLE_WINDOW_OVERLAP,
      failedUserId: taken.id,
      failedIndex: 1,
    });
    for (const t of fresh) expect((await roleTrail(server, t.user.id, Role.MENTOR)).windows).toHaveLength(0);
    expect({ audits: await db.count(AuditLog), notes: await db.count(Notification) }).toEqual(before);
  });

  it('writes nothing when one id is unknown, and names it (NOT_FOUND)', async () => {
    const fresh = await createUser(server);
    const unknown = toGlobalId('User', '00000000-0000-4000-8000-00000000beef');
    const res = await server
      .client(admin.token)
      .request(BULK, { input: { userIds: [fresh.id, unknown], role: 'MENTOR' } });
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'NOT_FOUND',
      failedUserId: unknown,
      failedIndex: 1,
    });
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
    expect(await server.client(admin.token).refusal(BULK, { input })).toEqual({
      code: 'FORBIDDEN',
      reason: RoleReason.OWNER_REQUIRED,
    });
    expect(await server.client(learner.token).refusal(BULK, { input: { ...input, role: 'MENTOR' } })).toEqual(
      NOT_ALLOWED,
    );
  });
});

describe('the last owner', () => {
  let solo: TestServer;
  afterAll(() => solo?.close());

  it('cannot be revoked (CONFLICT), while an owner with a peer can step down', async () => {
    solo = await startTestServer();
    const only = await createUser(solo, { roles: [Role.OWNER] });
    const ownerWindow = await roleWindowId(solo, only.user.id, Role.OWNER);
    expect(await solo.client(only.token).refusal(REVOKE, { input: { userRoleId: ownerWindow } })).toEqual({
      code: 'CONFLICT',
      reason: RoleReason.LAST_OWNER,
    });
    const peer = await createUser(solo);
    await solo.client(only.token).ok(ASSIGN, { input: { userId: peer.id, role: 'OWNER' } });
    await solo.client(only.token).ok(REVOKE, { input: { userRoleId: ownerWindow } });
    const row = await manager(solo).findOneByOrFail(UserRole, { id: fromGlobalId(ownerWindow).id });
    expect(row.effectiveEndDate).not.toBeNull();
    expect(await solo.client(only.token).refusal(`{ auditLog(first: 1) { totalCount } }`)).toEqual(NOT_ALLOWED);
  });
});
