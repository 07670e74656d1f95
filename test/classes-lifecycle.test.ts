import { toGlobalId } from '../src/common/global-id';
import { Role } from '../src/modules/role/role';
import { User } from '../src/modules/user/user.entity';
import { ClassStatus } from '../src/modules/virtual-class/virtual-class.entity';
import { createUser, manager } from './helpers/factories';
import { earnedBadgeNames, HOUR, insertClass, insertTask, notificationsOf } from './helpers/class-factories';
import { CANCEL, COMPLETE, setUpClassSuite, uuid, type ClassData } from './helpers/class-suite';

const s = setUpClassSuite();

describe('cancelClass', () => {
  it('lets the host cancel with a reason; the other members are notified, no audit entry', async () => {
    const host = await createUser(s.server);
    const learner = await createUser(s.server);
    const cls = await s.book(host);
    await s.join(learner, cls.id);
    const data = await s.server.client(host.token).ok<{ cancelClass: { virtualClass: ClassData } }>(CANCEL, {
      input: { classId: cls.id, reason: 'Sick today' },
    });
    expect(data.cancelClass.virtualClass).toMatchObject({ status: 'CANCELLED', cancelReason: 'Sick today' });
    const notes = await notificationsOf(s.server, learner.user.id);
    expect(notes.filter((n) => n.kind === 'CLASS_CANCELLED')).toEqual([
      { kind: 'CLASS_CANCELLED', payload: expect.objectContaining({ classId: cls.id, reason: 'Sick today' }) },
    ]);
    expect((await notificationsOf(s.server, host.user.id)).some((n) => n.kind === 'CLASS_CANCELLED')).toBe(false);
    const audits = await manager(s.server).query(`SELECT 1 FROM "audit_logs" WHERE "target_id" = $1`, [uuid(cls.id)]);
    expect(audits).toHaveLength(0);
  });

  it('refuses a member who is not the host, and a mentor, with FORBIDDEN ONLY_HOST_OR_ADMIN', async () => {
    const host = await createUser(s.server);
    const learner = await createUser(s.server);
    const cls = await s.book(host);
    await s.join(learner, cls.id);
    for (const who of [learner, s.mentor]) {
      expect(await s.refusal(who, CANCEL, { input: { classId: cls.id } })).toEqual({
        code: 'FORBIDDEN',
        reason: 'ONLY_HOST_OR_ADMIN',
      });
    }
  });

  it("lets an admin cancel someone else's class: the host is notified and an audit entry is written", async () => {
    const host = await createUser(s.server);
    const cls = await s.book(host);
    await s.server.client(s.admin.token).ok(CANCEL, { input: { classId: cls.id, reason: 'Policy' } });
    expect((await notificationsOf(s.server, host.user.id)).some((n) => n.kind === 'CLASS_CANCELLED')).toBe(true);
    const audits: Array<{ action: string; actor_id: string; reason: string }> = await manager(s.server).query(
      `SELECT "action", "actor_id", "reason" FROM "audit_logs" WHERE "target_id" = $1`,
      [uuid(cls.id)],
    );
    expect(audits).toEqual([{ action: 'class.cancel', actor_id: s.admin.user.id, reason: 'Policy' }]);
  });

  it('refuses cancelling twice (CLASS_ALREADY_CANCELLED) or a completed class (CLASS_ALREADY_COMPLETED)', async () => {
    const host = await createUser(s.server);
    const cls = await s.book(host);
    await s.server.client(host.token).ok(CANCEL, { input: { classId: cls.id } });
    expect(await s.refusal(host, CANCEL, { input: { classId: cls.id } })).toEqual({
      code: 'CONFLICT',
      reason: 'CLASS_ALREADY_CANCELLED',
    });
    const done = await insertClass(s.server, { hostId: host.user.id, status: ClassStatus.COMPLETED });
    expect(await s.refusal(host, CANCEL, { input: { classId: done.id } })).toEqual({
      code: 'CONFLICT',
      reason: 'CLASS_ALREADY_COMPLETED',
    });
  });
});

describe('completeClass', () => {
  it('refuses a host without a mentor role, and a mentor who is not the host, with FORBIDDEN MENTOR_HOST_OR_ADMIN', async () => {
    const learnerHost = await createUser(s.server);
    const cls = await s.book(learnerHost);
    for (const who of [learnerHost, s.mentor]) {
      expect(await s.refusal(who, COMPLETE, { input: { classId: cls.id } })).toEqual({
        code: 'FORBIDDEN',
        reason: 'MENTOR_HOST_OR_ADMIN',
      });
    }
  });

  it("lets a mentor host complete: the task goes on every member's activity, totalClasses +1 each", async () => {
    const host = await createUser(s.server, { roles: [Role.MENTOR] });
    const a = await createUser(s.server);
    const b = await createUser(s.server);
    const { id: taskId } = await insertTask(s.server, host.user.id, { title: 'Homework' });
    const cls = await s.book(host);
    await s.join(a, cls.id);
    await s.join(b, cls.id);
    const data = await s.server.client(host.token).ok<{ completeClass: { virtualClass: ClassData } }>(COMPLETE, {
      input: { classId: cls.id, taskId },
    });
    expect(data.completeClass.virtualClass).toMatchObject({
      status: 'COMPLETED',
      task: { id: taskId, title: 'Homework' },
      viewerActivity: { completed: true, taskCompletedAt: null },
    });
    expect(data.completeClass.virtualClass.completedAt).not.toBeNull();
    const activities = await s.activitiesOf(cls.id);
    expect(activities).toHaveLength(3);
    for (const act of activities) {
      expect(act).toMatchObject({ completed: true, taskId: uuid(taskId) });
      expect(act.completedAt).not.toBeNull();
    }
    expect([await s.totalClassesOf(host), await s.totalClassesOf(a), await s.totalClassesOf(b)]).toEqual([1, 1, 1]);
  });

  describe('its payload', () => {
    // The host's user is loaded (and cached) while the request's context is built; the payload
    // must still read the totals the completion just raised, not that cached copy.
    const PAYLOAD = `mutation ($input: CompleteClassInput!) {
      completeClass(input: $input) { virtualClass { host { id totalClasses } participants { nodes { id totalClasses } } } }
    }`;
    interface PayloadData {
      completeClass: {
        virtualClass: {
          host: { id: string; totalClasses: number | null };
          participants: { nodes: Array<{ id: string; totalClasses: number | null }> };
        };
      };
    }

    it('shows the new totalClasses of every participant', async () => {
      // ADMIN too, so the learner's totalClasses (a SELF_OR_ADMIN field) is readable by the host.
      const host = await createUser(s.server, { roles: [Role.MENTOR, Role.ADMIN] });
      const learner = await createUser(s.server);
      const cls = await s.book(host);
      await s.join(learner, cls.id);
      const data = await s.server.client(host.token).ok<PayloadData>(PAYLOAD, { input: { classId: cls.id } });
      expect(data.completeClass.virtualClass.participants.nodes).toEqual([
        { id: host.id, totalClasses: 1 },
        { id: learner.id, totalClasses: 1 },
      ]);
      expect(data.completeClass.virtualClass.host).toEqual({ id: host.id, totalClasses: 1 });
    });

    it("shows a mentor host their own new totalClasses (the learner's stays private to them)", async () => {
      const host = await createUser(s.server, { roles: [Role.MENTOR] });
      const learner = await createUser(s.server);
      const cls = await s.book(host);
      await s.join(learner, cls.id);
      const res = await s.server.client(host.token).request<PayloadData>(PAYLOAD, { input: { classId: cls.id } });
      expect(res.data?.completeClass.virtualClass.host).toEqual({ id: host.id, totalClasses: 1 });
      expect(res.data?.completeClass.virtualClass.participants.nodes).toEqual([
        { id: host.id, totalClasses: 1 },
        { id: learner.id, totalClasses: null },
      ]);
      expect(res.errors?.map((e) => [e.path?.join('.'), e.extensions?.reason])).toEqual([
        ['completeClass.virtualClass.participants.nodes.1.totalClasses', 'NOT_ALLOWED'],
      ]);
      expect(await s.totalClassesOf(learner)).toBe(1);
    });
  });

  it('refuses completing twice with CONFLICT CLASS_ALREADY_COMPLETED and counts each member once', async () => {
    const host = await createUser(s.server, { roles: [Role.MENTOR] });
    const a = await createUser(s.server);
    const cls = await s.book(host);
    await s.join(a, cls.id);
    await s.server.client(host.token).ok(COMPLETE, { input: { classId: cls.id } });
    for (const who of [host, s.admin]) {
      expect(await s.refusal(who, COMPLETE, { input: { classId: cls.id } })).toEqual({
        code: 'CONFLICT',
        reason: 'CLASS_ALREADY_COMPLETED',
      });
    }
    expect([await s.totalClassesOf(host), await s.totalClassesOf(a)]).toEqual([1, 1]);
  });

  it("lets an admin complete anyone's class, also once it reads PENDING", async () => {
    const host = await createUser(s.server);
    const cls = await s.book(host, { startsAt: s.inFuture(HOUR), durationMinutes: 30 });
    s.server.advanceClock(2 * HOUR);
    const data = await s.server.client(s.admin.token).ok<{ completeClass: { virtualClass: ClassData } }>(COMPLETE, {
      input: { classId: cls.id },
    });
    expect(data.completeClass.virtualClass).toMatchObject({ status: 'COMPLETED', task: null, viewerActivity: null });
    expect(await s.totalClassesOf(host)).toBe(1);
  });

  it('refuses a cancelled class (CONFLICT), an unknown task (NOT_FOUND) and an unknown class (NOT_FOUND)', async () => {
    const host = await createUser(s.server, { roles: [Role.MENTOR] });
    const cls = await s.book(host);
    const missingTask = toGlobalId('Task', '00000000-0000-4000-8000-000000000000');
    expect(await s.refusal(host, COMPLETE, { input: { classId: cls.id, taskId: missingTask } })).toEqual({
      code: 'NOT_FOUND',
      reason: 'NOT_FOUND',
    });
    expect((await s.activitiesOf(cls.id))[0].completed).toBe(false);
    await s.server.client(host.token).ok(CANCEL, { input: { classId: cls.id } });
    expect(await s.refusal(host, COMPLETE, { input: { classId: cls.id } })).toEqual({
      code: 'CONFLICT',
      reason: 'CLASS_ALREADY_CANCELLED',
    });
    const missing = toGlobalId('VirtualClass', '00000000-0000-4000-8000-000000000000');
    expect(await s.server.client(s.admin.token).errorCode(COMPLETE, { input: { classId: missing } })).toBe('NOT_FOUND');
  });

  it('awards TEN_CLASSES_COMPLETED to members reaching ten classes', async () => {
    const veteran = await createUser(s.server);
    const newbie = await createUser(s.server);
    await manager(s.server).update(User, { id: veteran.user.id }, { totalClasses: 9 });
    const cls = await s.book(veteran);
    await s.join(newbie, cls.id);
    await s.server.client(s.admin.token).ok(COMPLETE, { input: { classId: cls.id } });
    expect(await s.totalClassesOf(veteran)).toBe(10);
    expect(await earnedBadgeNames(s.server, veteran.user.id)).toContain('TEN_CLASSES_COMPLETED');
    expect(await earnedBadgeNames(s.server, newbie.user.id)).not.toContain('TEN_CLASSES_COMPLETED');
  });
});
