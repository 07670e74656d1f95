import { AppError } from '../../src/errors/app-error';
import { MentorshipStatus } from '../../src/modules/mentorship/mentorship.entity';
import {
  cancelMentorship,
  requestMentorship,
  respondToMentorship,
} from '../../src/modules/mentorship/mentorship.service';
import { Notification } from '../../src/modules/notification/notification.entity';
import { Role } from '../../src/modules/role/role';
import { createUser } from '../helpers/factories';
import { startTestServer, type TestServer } from '../helpers/server';
import { actorFor, inRolledBackTransaction } from '../helpers/use-case';
import { mentorshipChanged } from '../../src/modules/mentorship/mentorship.events';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('mentorship use cases, called directly in a transaction', () => {
  it("requestMentorship writes the request and the mentor notification in the caller transaction; its only effect is the members' event", async () => {
    const mentor = await createUser(server, { roles: [Role.MENTOR] });
    const mentee = await createUser(server);
    const { outcome, notified } = await inRolledBackTransaction(server.db, async (tx) => {
      const outcome = await requestMentorship(tx, await actorFor(tx, mentee.user.id), {
        mentorId: mentor.user.id,
        goals: [' SQL '],
      });
      const notified = await tx.count(Notification, { where: { recipientId: mentor.user.id } });
      return { outcome, notified };
    });
    expect(outcome.value).toMatchObject({ status: MentorshipStatus.PENDING, goals: ['SQL'] });
    expect(outcome.effects).toEqual([mentorshipChanged(outcome.value)]);
    expect(notified).toBe(1);
    // Rolled back with the caller's transaction: nothing is left.
    expect(
      await server.db.database.dataSource.manager.count(Notification, { where: { recipientId: mentor.user.id } }),
    ).toBe(0);
  });

  it("accepting returns the members' event and one badge effect per member, delivered only after commit", async () => {
    const mentor = await createUser(server, { roles: [Role.MENTOR] });
    const mentee = await createUser(server);
    const outcome = await inRolledBackTransaction(server.db, async (tx) => {
      const request = await requestMentorship(tx, await actorFor(tx, mentee.user.id), { mentorId: mentor.user.id });
      return respondToMentorship(tx, await actorFor(tx, mentor.user.id), {
        mentorshipId: request.value.id,
        accept: true,
      });
    });
    expect(outcome.value.status).toBe(MentorshipStatus.ACTIVE);
    expect(outcome.effects).toEqual([
      mentorshipChanged(outcome.value),
      { kind: 'badges.award', payload: { userId: mentor.user.id, badges: ['FIRST_MENTORSHIP_STARTED'] } },
      { kind: 'badges.award', payload: { userId: mentee.user.id, badges: ['FIRST_MENTORSHIP_STARTED'] } },
    ]);
  });

  it('refuses with a typed error carrying the reason', async () => {
    const mentor = await createUser(server, { roles: [Role.MENTOR] });
    const mentee = await createUser(server);
    const error = await inRolledBackTransaction(server.db, async (tx) => {
      const request = await requestMentorship(tx, await actorFor(tx, mentee.user.id), { mentorId: mentor.user.id });
      return cancelMentorship(tx, await actorFor(tx, mentor.user.id), { mentorshipId: request.value.id }).catch(
        (e: unknown) => e,
      );
    });
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'FORBIDDEN', reason: 'ONLY_MENTEE_CANCELS' });
  });
});
