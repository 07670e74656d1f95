import { Role } from '../src/modules/role/role';
import { createUser, type UserWithToken } from './helpers/factories';
import { earnedBadgeNames, insertTask, notificationsOf } from './helpers/class-factories';
import { COMPLETE, setUpClassSuite } from './helpers/class-suite';

const s = setUpClassSuite();

const COMPLETE_TASK = `mutation ($input: CompleteTaskInput!) {
  completeTask(input: $input) {
    activity { id taskCompletedAt completed task { id solvedContent } }
    user { id totalClasses }
  }
}`;
const NODE = `query ($id: ID!) { node(id: $id) { __typename id } }`;

describe('completeTask', () => {
  let learner: UserWithToken;
  let activityId: string;
  let taskId: string;

  beforeAll(async () => {
    const host = await createUser(s.server, { roles: [Role.MENTOR] });
    learner = await createUser(s.server);
    taskId = (await insertTask(s.server, host.user.id, { solvedContent: 'Solution text' })).id;
    const cls = await s.book(host);
    activityId = (await s.join(learner, cls.id)).activity.id;
    await s.server.client(host.token).ok(COMPLETE, { input: { classId: cls.id, taskId } });
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
    const data = await s.server.client(learner.token).ok<CompleteTaskData>(COMPLETE_TASK, { input: { activityId } });
    expect(data.completeTask.activity).toMatchObject({
      id: activityId,
      completed: true,
      task: { id: taskId, solvedContent: 'Solution text' },
    });
    expect(data.completeTask.activity.taskCompletedAt).not.toBeNull();
    expect(data.completeTask.user).toEqual({ id: learner.id, totalClasses: 1 });
    expect(await earnedBadgeNames(s.server, learner.user.id)).toEqual(['FIRST_CLASS_JOINED', 'FIRST_TASK_COMPLETED']);
    const badgeNotes = (await notificationsOf(s.server, learner.user.id)).filter((n) => n.kind === 'BADGE_EARNED');
    expect(badgeNotes.map((n) => n.payload.badge)).toEqual(['FIRST_CLASS_JOINED', 'FIRST_TASK_COMPLETED']);
  });

  it('is idempotent: completing again changes nothing and answers the same', async () => {
    const first = await s.server.client(learner.token).ok<CompleteTaskData>(COMPLETE_TASK, { input: { activityId } });
    s.server.advanceClock(60_000);
    const again = await s.server.client(learner.token).ok<CompleteTaskData>(COMPLETE_TASK, { input: { activityId } });
    expect(again).toEqual(first);
    const badgeNotes = (await notificationsOf(s.server, learner.user.id)).filter((n) => n.kind === 'BADGE_EARNED');
    expect(badgeNotes).toHaveLength(2);
  });

  it("refuses someone else's activity with NOT_FOUND", async () => {
    const other = await createUser(s.server);
    for (const who of [other, s.admin]) {
      expect(await s.refusal(who, COMPLETE_TASK, { input: { activityId } })).toEqual({
        code: 'NOT_FOUND',
        reason: 'NOT_FOUND',
      });
    }
  });

  it('refuses an activity without a task with BAD_USER_INPUT NO_TASK_ATTACHED', async () => {
    const host = await createUser(s.server);
    const me = await createUser(s.server);
    const cls = await s.book(host);
    const { activity } = await s.join(me, cls.id);
    const res = await s.server.client(me.token).request(COMPLETE_TASK, { input: { activityId: activity.id } });
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'NO_TASK_ATTACHED',
      fields: { activityId: expect.any(String) },
    });
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
    const me = await createUser(s.server);
    await s.book(me, { title: 'Mine' });
    const other = await s.book(await createUser(s.server), { title: 'Theirs' });
    await s.join(me, other.id);
    const client = s.server.client(me.token);
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
    const me = await createUser(s.server);
    await s.book(me);
    const res = await s.server.client((await createUser(s.server)).token).request<AData>(ACTIVITIES, { id: me.id });
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(res.data?.user.activities).toBeNull();
    const asAdmin = await s.server.client(s.admin.token).ok<AData>(ACTIVITIES, { id: me.id });
    expect(asAdmin.user.activities?.totalCount).toBe(1);
  });
});

describe('node(id) for classes and activities', () => {
  it('returns a class to any signed-in user', async () => {
    const cls = await s.book(await createUser(s.server));
    const data = await s.server
      .client(s.mentor.token)
      .ok<{ node: { __typename: string; id: string } }>(NODE, { id: cls.id });
    expect(data.node).toEqual({ __typename: 'VirtualClass', id: cls.id });
  });

  it('returns an activity to its owner and admins only', async () => {
    const me = await createUser(s.server);
    const cls = await s.book(me);
    const activityId = cls.viewerActivity?.id as string;
    const own = await s.server.client(me.token).ok<{ node: { __typename: string } | null }>(NODE, { id: activityId });
    expect(own.node).toEqual({ __typename: 'UserActivity', id: activityId });
    const stranger = await s.server.client(s.mentor.token).ok<{ node: unknown }>(NODE, { id: activityId });
    expect(stranger.node).toBeNull();
    const asAdmin = await s.server.client(s.admin.token).ok<{ node: unknown }>(NODE, { id: activityId });
    expect(asAdmin.node).toEqual({ __typename: 'UserActivity', id: activityId });
  });
});
