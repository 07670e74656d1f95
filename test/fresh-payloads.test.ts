import { Role } from '../src/modules/role/role';
import { insertClass } from './helpers/class-factories';
import { createUser } from './helpers/factories';
import { activityWithTask } from './helpers/matrix-fixtures';
import { createPair } from './helpers/mentorship-factories';
import { startTestServer, type TestServer } from './helpers/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const PROGRESS = 'badgeProgress { earned } earnedBadges { badge { name } } unreadNotificationCount';

interface Progress {
  badgeProgress: { earned: number };
  earnedBadges: Array<{ badge: { name: string } }>;
  unreadNotificationCount: number;
}

describe('mutation payloads', () => {
  it('show the badges and unread counts each write of one operation produced, field after field', async () => {
    const mentor = await createUser(server, { roles: [Role.MENTOR] });
    const pair = await createPair(server);
    const learner = pair.mentee;
    const { id: classId } = await insertClass(server, { hostId: mentor.user.id });
    const activityId = await activityWithTask(server, learner.user.id);
    const data = await server.client(learner.token).ok<{
      before: { viewer: Progress };
      booked: { virtualClass: { host: Progress } };
      joined: { activity: { user: Progress } };
      done: { user: Progress };
      sent: { message: { sender: Progress } };
    }>(
      `mutation ($startsAt: DateTime!, $classId: ID!, $activityId: ID!, $mentorshipId: ID!) {
        before: markNotificationsRead(input: { ids: [] }) { viewer { ${PROGRESS} } }
        booked: bookClass(input: { title: "Mine", startsAt: $startsAt, durationMinutes: 30, classType: GRUPAL }) {
          virtualClass { host { ${PROGRESS} } }
        }
        joined: joinClass(input: { classId: $classId }) { activity { user { ${PROGRESS} } } }
        done: completeTask(input: { activityId: $activityId }) { user { ${PROGRESS} } }
        sent: sendMessage(input: { mentorshipId: $mentorshipId, content: "Hello" }) { message { sender { ${PROGRESS} } } }
      }`,
      {
        startsAt: new Date(Date.now() + 86_400_000).toISOString(),
        classId,
        activityId,
        mentorshipId: pair.id,
      },
    );
    // `before` loaded the learner's badges and counts into this request's loaders; each later payload must not reuse them.
    expect(data.before.viewer).toEqual({ badgeProgress: { earned: 0 }, earnedBadges: [], unreadNotificationCount: 0 });
    const seen = [
      data.booked.virtualClass.host,
      data.joined.activity.user,
      data.done.user,
      data.sent.message.sender,
    ].map((p) => ({
      earned: p.badgeProgress.earned,
      badges: p.earnedBadges.length,
      unread: p.unreadNotificationCount,
    }));
    expect(seen).toEqual([
      { earned: 1, badges: 1, unread: 1 },
      { earned: 2, badges: 2, unread: 2 },
      { earned: 3, badges: 3, unread: 3 },
      { earned: 4, badges: 4, unread: 4 },
    ]);
    expect(data.sent.message.sender.earnedBadges.map((e) => e.badge.name).sort()).toEqual([
      'FIRST_CLASS_BOOKED',
      'FIRST_CLASS_JOINED',
      'FIRST_MESSAGE_SENT',
      'FIRST_TASK_COMPLETED',
    ]);
  });
});
