import { toGlobalId } from '../src/common/global-id';
import { Role } from '../src/modules/role/role';
import { User } from '../src/modules/user/user.entity';
import { UserReason } from '../src/modules/user/user.reasons';
import { createUser, manager, type UserWithToken } from './helpers/factories';
import { startTestServer, type TestServer } from './helpers/server';
import {
  adminOps,
  DELETE_USER,
  ME,
  RESTORE_USER,
  SET_STATUS,
  UPDATE_USER,
  type UpdateUserData,
} from './helpers/user-admin';
import { auditEntries, uniqueTag } from './helpers/user-factories';

const SIGN_IN_REQUIRED = { code: 'UNAUTHENTICATED', reason: 'SIGN_IN_REQUIRED' };
const NOT_ALLOWED = { code: 'FORBIDDEN', reason: 'NOT_ALLOWED' };

let server: TestServer;
let admin: UserWithToken;
let learner: UserWithToken;
beforeAll(async () => {
  server = await startTestServer();
  admin = await createUser(server, { roles: [Role.ADMIN], firstName: 'Ada', lastName: 'Admin' });
  learner = await createUser(server, { firstName: 'Leo', lastName: 'Learner' });
});
afterAll(() => server.close());

describe('admin user operations: who may call them', () => {
  it('refuses anonymous callers (UNAUTHENTICATED) and learners or mentors (FORBIDDEN)', async () => {
    const target = await createUser(server);
    const mentor = await createUser(server, { roles: [Role.MENTOR] });
    for (const [query, variables] of adminOps(target.id)) {
      expect(await server.client().refusal(query, variables)).toEqual(SIGN_IN_REQUIRED);
      expect(await server.client(learner.token).refusal(query, variables)).toEqual(NOT_ALLOWED);
      expect(await server.client(mentor.token).refusal(query, variables)).toEqual(NOT_ALLOWED);
    }
  });

  it('lets only owners act on owners', async () => {
    const owner = await createUser(server, { roles: [Role.OWNER] });
    for (const [query, variables] of adminOps(owner.id)) {
      expect(await server.client(admin.token).refusal(query, variables)).toEqual({
        code: 'FORBIDDEN',
        reason: UserReason.OWNER_PROTECTED,
      });
    }
    const otherOwner = await createUser(server, { roles: [Role.OWNER] });
    const data = await server.client(otherOwner.token).ok<UpdateUserData>(UPDATE_USER, {
      input: { id: owner.id, city: 'Quito' },
    });
    expect(data.updateUser.user.city).toBe('Quito');
  });

  it('is NOT_FOUND for an unknown user', async () => {
    const id = toGlobalId('User', '00000000-0000-4000-8000-000000000001');
    expect(
      await server.client(admin.token).refusal(SET_STATUS, { input: { id, status: 'SUSPENDED', reason: 'x' } }),
    ).toEqual({ code: 'NOT_FOUND', reason: 'NOT_FOUND' });
  });
});

describe('updateUser', () => {
  it("edits another user's profile, email and flags, keeps completion current and audits the change", async () => {
    const target = await createUser(server, { firstName: 'Before' });
    const data = await server.client(admin.token).ok<UpdateUserData>(UPDATE_USER, {
      input: {
        id: target.id,
        firstName: 'After',
        email: `  New.Address.${uniqueTag()}@Example.TEST `.trim(),
        city: 'Bogotá',
        messagingDisabled: true,
        profileFieldChangeDisabled: true,
        reason: 'support ticket 42',
      },
    });
    const user = data.updateUser.user;
    expect(user).toMatchObject({
      firstName: 'After',
      city: 'Bogotá',
      messagingDisabled: true,
      profileFieldChangeDisabled: true,
    });
    expect(user.email).toMatch(/^new\.address\.t[0-9a-f]{8}@example\.test$/);
    // firstName, lastName, email and city of the ten required fields.
    expect(user.profileCompletionPercentage).toBe(40);
    expect(user.revision).toBe(2);
    const [entry] = await auditEntries(server, target.user.id, 'user.update');
    expect(entry.actorId).toBe(admin.user.id);
    expect(entry.reason).toBe('support ticket 42');
    expect(entry.before).toMatchObject({ firstName: 'Before', city: null, messagingDisabled: false });
    expect(entry.after).toMatchObject({
      firstName: 'After',
      city: 'Bogotá',
      messagingDisabled: true,
      email: user.email,
    });
  });

  it("refuses another user's email (BAD_USER_INPUT on email) and a stale revision (CONFLICT)", async () => {
    const target = await createUser(server);
    const res = await server
      .client(admin.token)
      .request(UPDATE_USER, { input: { id: target.id, email: learner.user.email } });
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: UserReason.EMAIL_TAKEN,
      fields: { email: expect.any(String) },
    });
    expect(
      await server.client(admin.token).refusal(UPDATE_USER, { input: { id: target.id, city: 'X', revision: 7 } }),
    ).toEqual({ code: 'CONFLICT', reason: UserReason.REVISION_MISMATCH });
  });
});

describe('setUserStatus', () => {
  it('suspends and reactivates a user, with a user.status audit entry carrying the reason', async () => {
    const target = await createUser(server);
    const suspended = await server.client(admin.token).ok<{ setUserStatus: { user: { status: string } } }>(SET_STATUS, {
      input: { id: target.id, status: 'SUSPENDED', reason: 'abuse report' },
    });
    expect(suspended.setUserStatus.user.status).toBe('SUSPENDED');
    const active = await server.client(admin.token).ok<{ setUserStatus: { user: { status: string } } }>(SET_STATUS, {
      input: { id: target.id, status: 'ACTIVE', reason: 'appeal accepted' },
    });
    expect(active.setUserStatus.user.status).toBe('ACTIVE');
    const entries = await auditEntries(server, target.user.id, 'user.status');
    expect(entries.map((e) => [e.before?.status, e.after?.status, e.reason])).toEqual([
      ['ACTIVE', 'SUSPENDED', 'abuse report'],
      ['SUSPENDED', 'ACTIVE', 'appeal accepted'],
    ]);
  });

  it('refuses DELETED (BAD_USER_INPUT), a blank reason (BAD_USER_INPUT), a deleted user (CONFLICT) and yourself (FORBIDDEN)', async () => {
    const target = await createUser(server);
    const client = server.client(admin.token);
    const deleted = await client.request(SET_STATUS, { input: { id: target.id, status: 'DELETED', reason: 'x' } });
    expect(deleted.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: UserReason.USE_DELETE_USER,
      fields: { status: expect.any(String) },
    });
    const blank = await client.request(SET_STATUS, { input: { id: target.id, status: 'SUSPENDED', reason: '   ' } });
    expect(blank.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_INPUT',
      fields: { reason: 'must not be blank' },
    });
    expect(await client.refusal(SET_STATUS, { input: { id: admin.id, status: 'SUSPENDED', reason: 'x' } })).toEqual({
      code: 'FORBIDDEN',
      reason: UserReason.SELF_TARGET,
    });
    await client.ok(DELETE_USER, { input: { id: target.id, reason: 'x' } });
    expect(await client.refusal(SET_STATUS, { input: { id: target.id, status: 'ACTIVE', reason: 'x' } })).toEqual({
      code: 'CONFLICT',
      reason: UserReason.USER_DELETED,
    });
  });

  it("refuses a suspended user's next request, and lets them back in once reactivated", async () => {
    const target = await createUser(server);
    const own = server.client(target.token);
    await own.ok(ME, { id: target.id });
    await server.client(admin.token).ok(SET_STATUS, { input: { id: target.id, status: 'SUSPENDED', reason: 'x' } });
    expect(await own.refusal(ME, { id: target.id })).toEqual(SIGN_IN_REQUIRED);
    expect((await own.ok<{ viewer: null }>('{ viewer { id } }')).viewer).toBeNull();
    await server.client(admin.token).ok(SET_STATUS, { input: { id: target.id, status: 'ACTIVE', reason: 'x' } });
    await own.ok(ME, { id: target.id });
  });
});

describe('deleteUser and restoreUser', () => {
  it('soft-deletes (status DELETED, deletedAt now), ends the sessions, and restores as ACTIVE; both audited', async () => {
    const target = await createUser(server);
    const own = server.client(target.token);
    const res = await server
      .client(admin.token)
      .ok<{ deleteUser: { user: { status: string; deletedAt: string } } }>(DELETE_USER, {
        input: { id: target.id, reason: 'GDPR request' },
      });
    expect(res.deleteUser.user.status).toBe('DELETED');
    expect(Math.abs(Date.parse(res.deleteUser.user.deletedAt) - server.deps.clock().getTime())).toBeLessThan(5000);
    expect(await own.refusal(ME, { id: target.id })).toEqual(SIGN_IN_REQUIRED);
    const row = await manager(server).findOneByOrFail(User, { id: target.user.id });
    expect(row.tokenVersion).toBe(target.user.tokenVersion + 1);

    const restored = await server
      .client(admin.token)
      .ok<{ restoreUser: { user: { status: string; deletedAt: null } } }>(RESTORE_USER, { input: { id: target.id } });
    expect(restored.restoreUser.user).toMatchObject({ status: 'ACTIVE', deletedAt: null });
    // The old token died with the deletion (token version), even though the account is back.
    expect(await own.refusal(ME, { id: target.id })).toEqual(SIGN_IN_REQUIRED);

    const [deleted] = await auditEntries(server, target.user.id, 'user.delete');
    expect(deleted).toMatchObject({ actorId: admin.user.id, reason: 'GDPR request' });
    expect(deleted.before).toMatchObject({ status: 'ACTIVE', deletedAt: null });
    expect(deleted.after).toMatchObject({ status: 'DELETED', deletedAt: res.deleteUser.user.deletedAt });
    const [restore] = await auditEntries(server, target.user.id, 'user.restore');
    expect(restore.after).toMatchObject({ status: 'ACTIVE', deletedAt: null });
  });

  it('refuses deleting yourself (FORBIDDEN), deleting twice and restoring a live user (CONFLICT)', async () => {
    const target = await createUser(server);
    const client = server.client(admin.token);
    expect(await client.refusal(DELETE_USER, { input: { id: admin.id, reason: 'x' } })).toEqual({
      code: 'FORBIDDEN',
      reason: UserReason.SELF_TARGET,
    });
    expect(await client.refusal(RESTORE_USER, { input: { id: target.id } })).toEqual({
      code: 'CONFLICT',
      reason: UserReason.NOT_DELETED,
    });
    await client.ok(DELETE_USER, { input: { id: target.id, reason: 'x' } });
    expect(await client.refusal(DELETE_USER, { input: { id: target.id, reason: 'x' } })).toEqual({
      code: 'CONFLICT',
      reason: UserReason.ALREADY_DELETED,
    });
    expect(await auditEntries(server, target.user.id, 'user.delete')).toHaveLength(1);
  });
});
