import { fromGlobalId, toGlobalId } from '../src/common/global-id';
import { UserActivity } from '../src/modules/activity/user-activity.entity';
import { Role } from '../src/modules/role/role';
import { User } from '../src/modules/user/user.entity';
import { ClassStatus } from '../src/modules/virtual-class/virtual-class.entity';
import { createUser, manager, type UserWithToken } from './helpers/factories';
import { earnedBadgeNames, HOUR, insertClass, insertTask, notificationsOf } from './helpers/class-factories';
import { startTestServer, type TestServer } from './helpers/server';

let server: TestServer;
let admin: UserWithToken;
let mentor: UserWithToken;

beforeAll(async () => {
  server = await startTestServer();
  admin = await createUser(server, { roles: [Role.ADMIN] });
  mentor = await createUser(server, { roles: [Role.MENTOR] });
});
afterAll(() => server.close());

const CLASS_FIELDS = `id title status startsAt endsAt durationMinutes classType maxParticipants currentParticipants
  meetingUrl cancelReason completedAt host { id } task { id title }
  viewerActivity { id rol completed taskCompletedAt }`;
const BOOK = `mutation ($input: BookClassInput!) { bookClass(input: $input) { virtualClass { ${CLASS_FIELDS} } } }`;
const JOIN = `mutation ($input: JoinClassInput!) {
  joinClass(input: $input) { virtualClass { ${CLASS_FIELDS} } activity { id rol user { id } virtualClass { id } } }
}`;
const LEAVE = `mutation ($input: LeaveClassInput!) { leaveClass(input: $input) { virtualClass { ${CLASS_FIELDS} } } }`;
const CANCEL = `mutation ($input: CancelClassInput!) { cancelClass(input: $input) { virtualClass { ${CLASS_FIELDS} } } }`;
const COMPLETE = `mutation ($input: CompleteClassInput!) { completeClass(input: $input) { virtualClass { ${CLASS_FIELDS} } } }`;
const COMPLETE_TASK = `mutation ($input: CompleteTaskInput!) {
  completeTask(input: $input) {
    activity { id taskCompletedAt completed task { id solvedContent } }
    user { id totalClasses }
  }
}`;
const LIST = `query ($first: Int, $after: String, $last: Int, $before: String, $filter: VirtualClassFilter) {
  virtualClasses(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
    totalCount nodes { id title status startsAt } pageInfo { hasNextPage endCursor }
  }
}`;
const NODE = `query ($id: ID!) { node(id: $id) { __typename id } }`;

interface ClassData {
  id: string;
  title: string;
  status: string;
  startsAt: string;
  endsAt: string;
  durationMinutes: number;
  classType: string;
  maxParticipants: number;
  currentParticipants: number;
  meetingUrl: string | null;
  cancelReason: string | null;
  completedAt: string | null;
  host: { id: string };
  task: { id: string; title: string } | null;
  viewerActivity: { id: string; rol: string; completed: boolean; taskCompletedAt: string | null } | null;
}
interface ListData {
  virtualClasses: {
    totalCount: number;
    nodes: Array<{ id: string; title: string; status: string; startsAt: string }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

const inFuture = (ms: number): string => new Date(server.deps.clock().getTime() + ms).toISOString();

async function book(as: UserWithToken, over: Record<string, unknown> = {}): Promise<ClassData> {
  const input = {
    title: 'Group study',
    startsAt: inFuture(24 * HOUR),
    durationMinutes: 60,
    classType: 'GRUPAL',
    ...over,
  };
  const data = await server.client(as.token).ok<{ bookClass: { virtualClass: ClassData } }>(BOOK, { input });
  return data.bookClass.virtualClass;
}

async function join(
  as: UserWithToken,
  classId: string,
): Promise<{ virtualClass: ClassData; activity: { id: string; rol: string } }> {
  const data = await server
    .client(as.token)
    .ok<{ joinClass: { virtualClass: ClassData; activity: { id: string; rol: string } } }>(JOIN, {
      input: { classId },
    });
  return data.joinClass;
}

const uuid = (globalId: string): string => fromGlobalId(globalId).id;
const activitiesOf = (classId: string): Promise<UserActivity[]> =>
  manager(server).find(UserActivity, { where: { classId: uuid(classId) }, order: { createdAt: 'ASC' } });
const totalClassesOf = async (u: UserWithToken): Promise<number> =>
  (await manager(server).findOneByOrFail(User, { id: u.user.id })).totalClasses;

describe('bookClass', () => {
  it('creates a SCHEDULED class hosted by the caller, with an ANFITRION activity and FIRST_CLASS_BOOKED', async () => {
    const host = await createUser(server);
    const cls = await book(host, { meetingUrl: 'https://meet.example.test/abc' });
    expect(cls).toMatchObject({
      title: 'Group study',
      status: 'SCHEDULED',
      classType: 'GRUPAL',
      maxParticipants: 10,
      currentParticipants: 1,
      durationMinutes: 60,
      meetingUrl: 'https://meet.example.test/abc',
      host: { id: host.id },
      task: null,
      viewerActivity: { rol: 'ANFITRION', completed: false },
    });
    expect(new Date(cls.endsAt).getTime() - new Date(cls.startsAt).getTime()).toBe(HOUR);
    expect(await earnedBadgeNames(server, host.user.id)).toEqual(['FIRST_CLASS_BOOKED']);
    const notes = await notificationsOf(server, host.user.id);
    expect(notes).toEqual([
      { kind: 'BADGE_EARNED', payload: expect.objectContaining({ badge: 'FIRST_CLASS_BOOKED' }) },
    ]);
  });

  it('awards the booking badge only once', async () => {
    const host = await createUser(server);
    await book(host);
    await book(host);
    expect((await notificationsOf(server, host.user.id)).filter((n) => n.kind === 'BADGE_EARNED')).toHaveLength(1);
  });

  it('makes INDIVIDUAL classes single-seat whatever size is asked', async () => {
    const host = await createUser(server);
    const cls = await book(host, { classType: 'INDIVIDUAL', maxParticipants: 7 });
    expect(cls).toMatchObject({ classType: 'INDIVIDUAL', maxParticipants: 1, currentParticipants: 1 });
  });

  it('refuses a start in the past, a bad duration, a bad group size and a non-http URL', async () => {
    const host = await createUser(server);
    const client = server.client(host.token);
    const base = { title: 'x', startsAt: inFuture(HOUR), durationMinutes: 30, classType: 'GRUPAL' };
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ startsAt: inFuture(-60_000) }, 'startsAt'],
      [{ durationMinutes: 0 }, 'durationMinutes'],
      [{ durationMinutes: 1441 }, 'durationMinutes'],
      [{ maxParticipants: 1 }, 'maxParticipants'],
      [{ maxParticipants: 51 }, 'maxParticipants'],
      [{ meetingUrl: 'ftp://files.example.test/x' }, 'meetingUrl'],
      [{ title: '   ' }, 'title'],
    ];
    for (const [over, field] of cases) {
      const res = await client.request(BOOK, { input: { ...base, ...over } });
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(Object.keys(res.errors?.[0].extensions?.fields ?? {})).toEqual([field]);
    }
  });

  it('refuses anonymous callers', async () => {
    const input = { title: 'x', startsAt: inFuture(HOUR), durationMinutes: 30, classType: 'GRUPAL' };
    expect(await server.client().errorCode(BOOK, { input })).toBe('UNAUTHENTICATED');
  });
});

describe('joinClass', () => {
  it('adds a PARTICIPANTE activity, counts the seat and awards FIRST_CLASS_JOINED', async () => {
    const host = await createUser(server);
    const learner = await createUser(server);
    const cls = await book(host);
    const joined = await join(learner, cls.id);
    expect(joined.virtualClass).toMatchObject({ currentParticipants: 2, viewerActivity: { rol: 'PARTICIPANTE' } });
    expect(joined.activity).toMatchObject({
      rol: 'PARTICIPANTE',
      user: { id: learner.id },
      virtualClass: { id: cls.id },
    });
    expect(await earnedBadgeNames(server, learner.user.id)).toEqual(['FIRST_CLASS_JOINED']);
    expect((await notificationsOf(server, learner.user.id)).map((n) => [n.kind, n.payload.badge])).toEqual([
      ['BADGE_EARNED', 'FIRST_CLASS_JOINED'],
    ]);
  });

  it('refuses a full class with CONFLICT "Class is full"', async () => {
    const host = await createUser(server);
    const cls = await book(host, { maxParticipants: 2 });
    await join(await createUser(server), cls.id);
    const late = await createUser(server);
    const res = await server.client(late.token).request(JOIN, { input: { classId: cls.id } });
    expect(res.errors?.[0]).toMatchObject({ message: 'Class is full', extensions: { code: 'CONFLICT' } });
    const individual = await book(host, { classType: 'INDIVIDUAL' });
    expect(await server.client(late.token).errorCode(JOIN, { input: { classId: individual.id } })).toBe('CONFLICT');
  });

  it('refuses a second join by the same user, and the host, with CONFLICT', async () => {
    const host = await createUser(server);
    const learner = await createUser(server);
    const cls = await book(host);
    await join(learner, cls.id);
    expect(await server.client(learner.token).errorCode(JOIN, { input: { classId: cls.id } })).toBe('CONFLICT');
    expect(await server.client(host.token).errorCode(JOIN, { input: { classId: cls.id } })).toBe('CONFLICT');
    expect((await activitiesOf(cls.id)).length).toBe(2);
  });

  it('refuses cancelled and completed classes with CONFLICT', async () => {
    const learner = await createUser(server);
    const cancelled = await insertClass(server, { hostId: mentor.user.id, status: ClassStatus.CANCELLED });
    const completed = await insertClass(server, { hostId: mentor.user.id, status: ClassStatus.COMPLETED });
    for (const { id } of [cancelled, completed]) {
      expect(await server.client(learner.token).errorCode(JOIN, { input: { classId: id } })).toBe('CONFLICT');
    }
  });

  it('refuses a class that has already started with CONFLICT', async () => {
    const host = await createUser(server);
    const cls = await book(host, { startsAt: inFuture(HOUR), durationMinutes: 120 });
    server.advanceClock(HOUR + 60_000);
    const res = await server.client((await createUser(server)).token).request(JOIN, { input: { classId: cls.id } });
    expect(res.errors?.[0]).toMatchObject({ message: 'Class has already started', extensions: { code: 'CONFLICT' } });
  });

  it('refuses an unknown class with NOT_FOUND and a malformed id with BAD_USER_INPUT', async () => {
    const client = server.client((await createUser(server)).token);
    const missing = toGlobalId('VirtualClass', '00000000-0000-4000-8000-000000000000');
    expect(await client.errorCode(JOIN, { input: { classId: missing } })).toBe('NOT_FOUND');
    expect(await client.errorCode(JOIN, { input: { classId: mentor.id } })).toBe('BAD_USER_INPUT');
  });
});

describe('leaveClass', () => {
  it('removes the participation and frees the seat before the start', async () => {
    const host = await createUser(server);
    const learner = await createUser(server);
    const cls = await book(host);
    await join(learner, cls.id);
    const data = await server.client(learner.token).ok<{ leaveClass: { virtualClass: ClassData } }>(LEAVE, {
      input: { classId: cls.id },
    });
    expect(data.leaveClass.virtualClass).toMatchObject({ currentParticipants: 1, viewerActivity: null });
    expect((await activitiesOf(cls.id)).map((a) => a.userId)).toEqual([host.user.id]);
    await join(learner, cls.id); // the seat and the membership can be taken again
  });

  it('refuses the host (who cancels instead) with CONFLICT', async () => {
    const host = await createUser(server);
    const cls = await book(host);
    const res = await server.client(host.token).request(LEAVE, { input: { classId: cls.id } });
    expect(res.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('refuses a non-member with NOT_FOUND', async () => {
    const cls = await book(await createUser(server));
    const stranger = await createUser(server);
    expect(await server.client(stranger.token).errorCode(LEAVE, { input: { classId: cls.id } })).toBe('NOT_FOUND');
  });

  it('refuses leaving after the start with CONFLICT', async () => {
    const host = await createUser(server);
    const learner = await createUser(server);
    const cls = await book(host, { startsAt: inFuture(HOUR) });
    await join(learner, cls.id);
    server.advanceClock(HOUR + 60_000);
    const res = await server.client(learner.token).request(LEAVE, { input: { classId: cls.id } });
    expect(res.errors?.[0]).toMatchObject({ message: 'Class has already started', extensions: { code: 'CONFLICT' } });
    expect(await activitiesOf(cls.id)).toHaveLength(2);
  });
});

describe('cancelClass', () => {
  it('lets the host cancel with a reason; the other members are notified, no audit entry', async () => {
    const host = await createUser(server);
    const learner = await createUser(server);
    const cls = await book(host);
    await join(learner, cls.id);
    const data = await server.client(host.token).ok<{ cancelClass: { virtualClass: ClassData } }>(CANCEL, {
      input: { classId: cls.id, reason: 'Sick today' },
    });
    expect(data.cancelClass.virtualClass).toMatchObject({ status: 'CANCELLED', cancelReason: 'Sick today' });
    const notes = await notificationsOf(server, learner.user.id);
    expect(notes.filter((n) => n.kind === 'CLASS_CANCELLED')).toEqual([
      { kind: 'CLASS_CANCELLED', payload: expect.objectContaining({ classId: cls.id, reason: 'Sick today' }) },
    ]);
    expect((await notificationsOf(server, host.user.id)).some((n) => n.kind === 'CLASS_CANCELLED')).toBe(false);
    const audits = await manager(server).query(`SELECT 1 FROM "audit_logs" WHERE "target_id" = $1`, [uuid(cls.id)]);
    expect(audits).toHaveLength(0);
  });

  it('refuses a member who is not the host, and a mentor, with FORBIDDEN', async () => {
    const host = await createUser(server);
    const learner = await createUser(server);
    const cls = await book(host);
    await join(learner, cls.id);
    for (const who of [learner, mentor]) {
      expect(await server.client(who.token).errorCode(CANCEL, { input: { classId: cls.id } })).toBe('FORBIDDEN');
    }
  });

  it("lets an admin cancel someone else's class: the host is notified and an audit entry is written", async () => {
    const host = await createUser(server);
    const cls = await book(host);
    await server.client(admin.token).ok(CANCEL, { input: { classId: cls.id, reason: 'Policy' } });
    expect((await notificationsOf(server, host.user.id)).some((n) => n.kind === 'CLASS_CANCELLED')).toBe(true);
    const audits: Array<{ action: string; actor_id: string; reason: string }> = await manager(server).query(
      `SELECT "action", "actor_id", "reason" FROM "audit_logs" WHERE "target_id" = $1`,
      [uuid(cls.id)],
    );
    expect(audits).toEqual([{ action: 'class.cancel', actor_id: admin.user.id, reason: 'Policy' }]);
  });

  it('refuses cancelling twice or cancelling a completed class with CONFLICT', async () => {
    const host = await createUser(server);
    const cls = await book(host);
    await server.client(host.token).ok(CANCEL, { input: { classId: cls.id } });
    expect(await server.client(host.token).errorCode(CANCEL, { input: { classId: cls.id } })).toBe('CONFLICT');
    const done = await insertClass(server, { hostId: host.user.id, status: ClassStatus.COMPLETED });
    expect(await server.client(host.token).errorCode(CANCEL, { input: { classId: done.id } })).toBe('CONFLICT');
  });
});

describe('completeClass', () => {
  it('refuses a host without a mentor role, and a mentor who is not the host, with FORBIDDEN', async () => {
    const learnerHost = await createUser(server);
    const cls = await book(learnerHost);
    expect(await server.client(learnerHost.token).errorCode(COMPLETE, { input: { classId: cls.id } })).toBe(
      'FORBIDDEN',
    );
    expect(await server.client(mentor.token).errorCode(COMPLETE, { input: { classId: cls.id } })).toBe('FORBIDDEN');
  });

  it("lets a mentor host complete: the task goes on every member's activity, totalClasses +1 each", async () => {
    const host = await createUser(server, { roles: [Role.MENTOR] });
    const a = await createUser(server);
    const b = await createUser(server);
    const { id: taskId } = await insertTask(server, host.user.id, { title: 'Homework' });
    const cls = await book(host);
    await join(a, cls.id);
    await join(b, cls.id);
    const data = await server.client(host.token).ok<{ completeClass: { virtualClass: ClassData } }>(COMPLETE, {
      input: { classId: cls.id, taskId },
    });
    expect(data.completeClass.virtualClass).toMatchObject({
      status: 'COMPLETED',
      task: { id: taskId, title: 'Homework' },
      viewerActivity: { completed: true, taskCompletedAt: null },
    });
    expect(data.completeClass.virtualClass.completedAt).not.toBeNull();
    const activities = await activitiesOf(cls.id);
    expect(activities).toHaveLength(3);
    for (const act of activities) {
      expect(act).toMatchObject({ completed: true, taskId: uuid(taskId) });
      expect(act.completedAt).not.toBeNull();
    }
    expect([await totalClassesOf(host), await totalClassesOf(a), await totalClassesOf(b)]).toEqual([1, 1, 1]);
  });

  it('refuses completing twice with CONFLICT and counts each member once', async () => {
    const host = await createUser(server, { roles: [Role.MENTOR] });
    const a = await createUser(server);
    const cls = await book(host);
    await join(a, cls.id);
    await server.client(host.token).ok(COMPLETE, { input: { classId: cls.id } });
    expect(await server.client(host.token).errorCode(COMPLETE, { input: { classId: cls.id } })).toBe('CONFLICT');
    expect(await server.client(admin.token).errorCode(COMPLETE, { input: { classId: cls.id } })).toBe('CONFLICT');
    expect([await totalClassesOf(host), await totalClassesOf(a)]).toEqual([1, 1]);
  });

  it("lets an admin complete anyone's class, also once it reads PENDING", async () => {
    const host = await createUser(server);
    const cls = await book(host, { startsAt: inFuture(HOUR), durationMinutes: 30 });
    server.advanceClock(2 * HOUR);
    const data = await server.client(admin.token).ok<{ completeClass: { virtualClass: ClassData } }>(COMPLETE, {
      input: { classId: cls.id },
    });
    expect(data.completeClass.virtualClass).toMatchObject({ status: 'COMPLETED', task: null, viewerActivity: null });
    expect(await totalClassesOf(host)).toBe(1);
  });

  it('refuses a cancelled class (CONFLICT), an unknown task (NOT_FOUND) and an unknown class (NOT_FOUND)', async () => {
    const host = await createUser(server, { roles: [Role.MENTOR] });
    const cls = await book(host);
    const missingTask = toGlobalId('Task', '00000000-0000-4000-8000-000000000000');
    expect(
      await server.client(host.token).errorCode(COMPLETE, { input: { classId: cls.id, taskId: missingTask } }),
    ).toBe('NOT_FOUND');
    expect((await activitiesOf(cls.id))[0].completed).toBe(false);
    await server.client(host.token).ok(CANCEL, { input: { classId: cls.id } });
    expect(await server.client(host.token).errorCode(COMPLETE, { input: { classId: cls.id } })).toBe('CONFLICT');
    const missing = toGlobalId('VirtualClass', '00000000-0000-4000-8000-000000000000');
    expect(await server.client(admin.token).errorCode(COMPLETE, { input: { classId: missing } })).toBe('NOT_FOUND');
  });

  it('awards TEN_CLASSES_COMPLETED to members reaching ten classes', async () => {
    const veteran = await createUser(server);
    const newbie = await createUser(server);
    await manager(server).update(User, { id: veteran.user.id }, { totalClasses: 9 });
    const cls = await book(veteran);
    await join(newbie, cls.id);
    await server.client(admin.token).ok(COMPLETE, { input: { classId: cls.id } });
    expect(await totalClassesOf(veteran)).toBe(10);
    expect(await earnedBadgeNames(server, veteran.user.id)).toContain('TEN_CLASSES_COMPLETED');
    expect(await earnedBadgeNames(server, newbie.user.id)).not.toContain('TEN_CLASSES_COMPLETED');
  });
});

describe('completeTask', () => {
  let learner: UserWithToken;
  let activityId: string;
  let taskId: string;

  beforeAll(async () => {
    const host = await createUser(server, { roles: [Role.MENTOR] });
    learner = await createUser(server);
    taskId = (await insertTask(server, host.user.id, { solvedContent: 'Solution text' })).id;
    const cls = await book(host);
    activityId = (await join(learner, cls.id)).activity.id;
    await server.client(host.token).ok(COMPLETE, { input: { classId: cls.id, taskId } });
  });

  interface CompleteTaskData {
    completeTask: {
      activity: {
        id: string;
        taskCompletedAt: string | null;
        completed: boolean;
        task: { id: string; solvedContent: string | null };
      };
      user: { id: string; totalClasses: number };
    };
  }

  it('marks the task done, reveals its solution and awards FIRST_TASK_COMPLETED', async () => {
    const data = await server.client(learner.token).ok<CompleteTaskData>(COMPLETE_TASK, { input: { activityId } });
    expect(data.completeTask.activity).toMatchObject({
      id: activityId,
      completed: true,
      task: { id: taskId, solvedContent: 'Solution text' },
    });
    expect(data.completeTask.activity.taskCompletedAt).not.toBeNull();
    expect(data.completeTask.user).toEqual({ id: learner.id, totalClasses: 1 });
    expect(await earnedBadgeNames(server, learner.user.id)).toEqual(['FIRST_CLASS_JOINED', 'FIRST_TASK_COMPLETED']);
    const badgeNotes = (await notificationsOf(server, learner.user.id)).filter((n) => n.kind === 'BADGE_EARNED');
    expect(badgeNotes.map((n) => n.payload.badge)).toEqual(['FIRST_CLASS_JOINED', 'FIRST_TASK_COMPLETED']);
  });

  it('is idempotent: completing again changes nothing and answers the same', async () => {
    const first = await server.client(learner.token).ok<CompleteTaskData>(COMPLETE_TASK, { input: { activityId } });
    server.advanceClock(60_000);
    const again = await server.client(learner.token).ok<CompleteTaskData>(COMPLETE_TASK, { input: { activityId } });
    expect(again).toEqual(first);
    const badgeNotes = (await notificationsOf(server, learner.user.id)).filter((n) => n.kind === 'BADGE_EARNED');
    expect(badgeNotes).toHaveLength(2);
  });

  it("refuses someone else's activity with NOT_FOUND", async () => {
    const other = await createUser(server);
    expect(await server.client(other.token).errorCode(COMPLETE_TASK, { input: { activityId } })).toBe('NOT_FOUND');
    expect(await server.client(admin.token).errorCode(COMPLETE_TASK, { input: { activityId } })).toBe('NOT_FOUND');
  });

  it('refuses an activity without a task with BAD_USER_INPUT', async () => {
    const host = await createUser(server);
    const me = await createUser(server);
    const cls = await book(host);
    const { activity } = await join(me, cls.id);
    expect(await server.client(me.token).errorCode(COMPLETE_TASK, { input: { activityId: activity.id } })).toBe(
      'BAD_USER_INPUT',
    );
  });
});

describe('virtualClasses', () => {
  let host: UserWithToken;
  let ids: Record<string, string>;

  beforeAll(async () => {
    host = await createUser(server, { roles: [Role.MENTOR] });
    const soon = await book(host, { title: 'Soon', startsAt: inFuture(HOUR), durationMinutes: 30 });
    const later = await book(host, { title: 'Later', startsAt: inFuture(5 * HOUR) });
    const latest = await book(host, { title: 'Latest', startsAt: inFuture(10 * HOUR) });
    const cancelled = await book(host, { title: 'Cancelled', startsAt: inFuture(3 * HOUR) });
    await server.client(host.token).ok(CANCEL, { input: { classId: cancelled.id } });
    const done = await book(host, { title: 'Done', startsAt: inFuture(4 * HOUR) });
    await server.client(host.token).ok(COMPLETE, { input: { classId: done.id } });
    ids = { soon: soon.id, later: later.id, latest: latest.id, cancelled: cancelled.id, done: done.id };
  });

  const titles = async (filter: Record<string, unknown>, extra: Record<string, unknown> = {}): Promise<string[]> => {
    const data = await server
      .client(host.token)
      .ok<ListData>(LIST, { first: 50, ...extra, filter: { hostId: host.id, ...filter } });
    return data.virtualClasses.nodes.map((n) => n.title);
  };

  it('lists classes by start time, earliest first, and pages both ways', async () => {
    expect(await titles({})).toEqual(['Soon', 'Cancelled', 'Done', 'Later', 'Latest']);
    const page = await server.client(host.token).ok<ListData>(LIST, { first: 2, filter: { hostId: host.id } });
    expect(page.virtualClasses.totalCount).toBe(5);
    expect(page.virtualClasses.pageInfo.hasNextPage).toBe(true);
    expect(await titles({}, { first: 2, after: page.virtualClasses.pageInfo.endCursor })).toEqual(['Done', 'Later']);
    expect(await titles({}, { first: undefined, last: 2 })).toEqual(['Later', 'Latest']);
  });

  it('filters by stored status and by the start window', async () => {
    expect(await titles({ status: 'CANCELLED' })).toEqual(['Cancelled']);
    expect(await titles({ status: 'COMPLETED' })).toEqual(['Done']);
    expect(await titles({ status: 'SCHEDULED' })).toEqual(['Soon', 'Later', 'Latest']);
    expect(await titles({ from: inFuture(2 * HOUR), to: inFuture(6 * HOUR) })).toEqual(['Cancelled', 'Done', 'Later']);
  });

  it('derives PENDING once a scheduled class has ended, in the field and in the filter', async () => {
    expect(await titles({ status: 'PENDING' })).toEqual([]);
    server.advanceClock(2 * HOUR); // "Soon" (1h from then, 30 min) has ended
    expect(await titles({ status: 'PENDING' })).toEqual(['Soon']);
    expect(await titles({ status: 'SCHEDULED' })).toEqual(['Later', 'Latest']);
    const data = await server.client(host.token).ok<ListData>(LIST, { first: 1, filter: { hostId: host.id } });
    expect(data.virtualClasses.nodes[0]).toMatchObject({ title: 'Soon', status: 'PENDING' });
  });

  it('filters by host and refuses anonymous callers', async () => {
    const other = await createUser(server);
    expect(await titles({ hostId: other.id })).toEqual([]);
    expect(await server.client().errorCode(LIST, {})).toBe('UNAUTHENTICATED');
    expect(ids.latest).toBeDefined();
  });
});

describe('VirtualClass.participants', () => {
  const PARTICIPANTS = `query ($id: ID!, $first: Int, $after: String) {
    node(id: $id) { ... on VirtualClass {
      participants(first: $first, after: $after) { totalCount nodes { id } pageInfo { hasNextPage hasPreviousPage endCursor } }
    } }
  }`;
  interface PData {
    node: {
      participants: {
        totalCount: number;
        nodes: Array<{ id: string }>;
        pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string };
      };
    };
  }

  it('lists the host first, then members in join order, page by page', async () => {
    const host = await createUser(server);
    const members = [await createUser(server), await createUser(server), await createUser(server)];
    const cls = await book(host);
    for (const m of members) await join(m, cls.id);
    const client = server.client(members[0].token);
    const first = await client.ok<PData>(PARTICIPANTS, { id: cls.id, first: 2 });
    expect(first.node.participants.totalCount).toBe(4);
    expect(first.node.participants.nodes.map((n) => n.id)).toEqual([host.id, members[0].id]);
    expect(first.node.participants.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const rest = await client.ok<PData>(PARTICIPANTS, {
      id: cls.id,
      first: 2,
      after: first.node.participants.pageInfo.endCursor,
    });
    expect(rest.node.participants.nodes.map((n) => n.id)).toEqual([members[1].id, members[2].id]);
    expect(rest.node.participants.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(await client.errorCode(PARTICIPANTS, { id: cls.id, first: 0 })).toBe('BAD_USER_INPUT');
    const forged = Buffer.from(JSON.stringify(['yesterday', 'not-a-uuid'])).toString('base64url');
    expect(await client.errorCode(PARTICIPANTS, { id: cls.id, after: forged })).toBe('BAD_USER_INPUT');
  });
});

describe('User.activities', () => {
  const ACTIVITIES = `query ($id: ID!, $first: Int, $after: String) {
    user(id: $id) { activities(first: $first, after: $after) {
      totalCount nodes { id rol virtualClass { title } task { id } } pageInfo { hasNextPage endCursor }
    } }
  }`;
  interface AData {
    user: {
      activities: {
        totalCount: number;
        nodes: Array<{ id: string; rol: string; virtualClass: { title: string } }>;
        pageInfo: { hasNextPage: boolean; endCursor: string };
      } | null;
    };
  }

  it("lists the user's own activities newest first, with cursors", async () => {
    const me = await createUser(server);
    await book(me, { title: 'Mine' });
    const other = await book(await createUser(server), { title: 'Theirs' });
    await join(me, other.id);
    const client = server.client(me.token);
    const first = await client.ok<AData>(ACTIVITIES, { id: me.id, first: 1 });
    expect(first.user.activities).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
    expect(first.user.activities?.nodes.map((n) => [n.rol, n.virtualClass.title])).toEqual([
      ['PARTICIPANTE', 'Theirs'],
    ]);
    const rest = await client.ok<AData>(ACTIVITIES, {
      id: me.id,
      first: 1,
      after: first.user.activities?.pageInfo.endCursor,
    });
    expect(rest.user.activities?.nodes.map((n) => [n.rol, n.virtualClass.title])).toEqual([['ANFITRION', 'Mine']]);
    expect(rest.user.activities?.pageInfo.hasNextPage).toBe(false);
  });

  it("hides other users' activities from learners (FORBIDDEN) but not from admins", async () => {
    const me = await createUser(server);
    await book(me);
    const res = await server.client((await createUser(server)).token).request<AData>(ACTIVITIES, { id: me.id });
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(res.data?.user.activities).toBeNull();
    const asAdmin = await server.client(admin.token).ok<AData>(ACTIVITIES, { id: me.id });
    expect(asAdmin.user.activities?.totalCount).toBe(1);
  });
});

describe('node(id) for classes and activities', () => {
  it('returns a class to any signed-in user', async () => {
    const cls = await book(await createUser(server));
    const data = await server
      .client(mentor.token)
      .ok<{ node: { __typename: string; id: string } }>(NODE, { id: cls.id });
    expect(data.node).toEqual({ __typename: 'VirtualClass', id: cls.id });
  });

  it('returns an activity to its owner and admins only', async () => {
    const me = await createUser(server);
    const cls = await book(me);
    const activityId = cls.viewerActivity?.id as string;
    const own = await server.client(me.token).ok<{ node: { __typename: string } | null }>(NODE, { id: activityId });
    expect(own.node).toEqual({ __typename: 'UserActivity', id: activityId });
    const stranger = await server.client(mentor.token).ok<{ node: unknown }>(NODE, { id: activityId });
    expect(stranger.node).toBeNull();
    const asAdmin = await server.client(admin.token).ok<{ node: unknown }>(NODE, { id: activityId });
    expect(asAdmin.node).toEqual({ __typename: 'UserActivity', id: activityId });
  });
});
