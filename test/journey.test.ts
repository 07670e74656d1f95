/**
 * One scripted end-to-end journey through the public GraphQL API over HTTP: a mentor hosts a class,
 * two learners join, the class is completed, tasks and badges follow, a learner is matched with the
 * mentor, they talk and finish the mentorship, and an admin reviews the audit log and the stats.
 * The steps share state and run in order; only the actors are created directly (createUser).
 */
import { createUser, type UserWithToken } from './helpers/factories';
import { HOUR, MINUTE, castJourney, journeyClient } from './helpers/journey-client';
import * as doc from './helpers/journey-documents';
import { startTestServer, type TestServer } from './helpers/server';

// Actors and shared state: the steps run in order, each building on the ones before.
let server: TestServer;
let mentor: UserWithToken;
let learner1: UserWithToken;
let learner2: UserWithToken;
let learner3: UserWithToken;
let admin: UserWithToken;

let classId: string;
let task: { id: string; title: string };
let learner1ActivityId: string;
let firstTaskCompletedAt: string;
let mentorshipId: string;
const sentByLearner: doc.MessageData[] = [];

const { as, inFuture, readClass, myActivities, myBadges, myNotifications, unreadMessages, sendMessage, auditLog } =
  journeyClient(() => ({ server, admin }));

beforeAll(async () => {
  server = await startTestServer();
  ({ mentor, learner1, learner2, admin } = await castJourney(server));
});
afterAll(() => server.close());

describe('journey', () => {
  it('0. the actors have their skills and profiles set through updateProfile', async () => {
    const data = await as(learner1).ok<{
      viewer: { profileComplete: boolean; menteeSkills: Array<{ slug: string }> };
    }>(`{ viewer { profileComplete menteeSkills { slug } } }`);
    expect(data.viewer.profileComplete).toBe(true);
    expect(data.viewer.menteeSkills.map((s) => s.slug).sort()).toEqual(['data', 'design', 'frontend']);
    const m = await as(mentor).ok<{ viewer: { mentorSkills: Array<{ slug: string }> } }>(
      `{ viewer { mentorSkills { slug } } }`,
    );
    expect(m.viewer.mentorSkills.map((s) => s.slug).sort()).toEqual(['backend', 'data', 'frontend']);
  });

  it('1. the mentor books a GRUPAL class for 3 and creates a task', async () => {
    const booked = await as(mentor).ok<{ bookClass: { virtualClass: doc.ClassData } }>(doc.BOOK_CLASS, {
      input: {
        title: 'Intro to GraphQL',
        classType: 'GRUPAL',
        startsAt: inFuture(HOUR),
        durationMinutes: 60,
        maxParticipants: 3,
      },
    });
    const cls = booked.bookClass.virtualClass;
    expect(cls).toMatchObject({
      status: 'SCHEDULED',
      maxParticipants: 3,
      currentParticipants: 1,
      host: { id: mentor.id },
      participants: { nodes: [{ id: mentor.id }] },
      task: null,
    });
    classId = cls.id;

    const created = await as(mentor).ok<{
      createTask: { task: { id: string; title: string; author: { id: string } } };
    }>(doc.CREATE_TASK, {
      input: {
        title: 'Write your first query',
        content: '# Query the viewer',
        solvedContent: '`{ viewer { id } }`',
        type: 'EXAM',
        difficulty: 'EASY',
      },
    });
    expect(created.createTask.task.author.id).toBe(mentor.id);
    task = { id: created.createTask.task.id, title: created.createTask.task.title };
  });

  it('2. both learners join, the class is full (3 of 3) and a third learner gets CONFLICT', async () => {
    for (const learner of [learner1, learner2]) {
      const joined = await as(learner).ok<{ joinClass: { activity: { rol: string } } }>(doc.JOIN_CLASS, {
        input: { classId },
      });
      expect(joined.joinClass.activity.rol).toBe('PARTICIPANTE');
    }
    const cls = await readClass(mentor, classId);
    expect(cls.currentParticipants).toBe(3);
    expect(cls.participants.nodes.map((p) => p.id)).toEqual([mentor.id, learner1.id, learner2.id]);

    learner3 = await createUser(server, { firstName: 'Late', lastName: 'Comer' });
    expect(await as(learner3).errorCode(doc.JOIN_CLASS, { input: { classId } })).toBe('CONFLICT');
    expect((await readClass(mentor, classId)).currentParticipants).toBe(3);
  });

  it('3. after the class ends it reads PENDING; the mentor completes it with the task, once', async () => {
    expect((await readClass(mentor, classId)).status).toBe('SCHEDULED');
    server.advanceClock(2 * HOUR + MINUTE);
    expect((await readClass(mentor, classId)).status).toBe('PENDING');
    const pending = await as(mentor).ok<{ virtualClasses: { nodes: Array<{ id: string }> } }>(doc.PENDING_CLASSES);
    expect(pending.virtualClasses.nodes.map((c) => c.id)).toContain(classId);

    const done = await as(mentor).ok<{ completeClass: { virtualClass: doc.ClassData } }>(doc.COMPLETE_CLASS, {
      input: { classId, taskId: task.id },
    });
    expect(done.completeClass.virtualClass).toMatchObject({ status: 'COMPLETED', task: { id: task.id } });
    expect(done.completeClass.virtualClass.completedAt).not.toBeNull();

    for (const [who, rol] of [
      [mentor, 'ANFITRION'],
      [learner1, 'PARTICIPANTE'],
      [learner2, 'PARTICIPANTE'],
    ] as const) {
      const viewer = await myActivities(who);
      expect(viewer.totalClasses).toBe(1);
      const activity = viewer.activities.nodes.find((a) => a.virtualClass.id === classId);
      expect(activity).toMatchObject({ rol, completed: true, task: { id: task.id, title: task.title } });
    }

    expect(await as(mentor).errorCode(doc.COMPLETE_CLASS, { input: { classId, taskId: task.id } })).toBe('CONFLICT');
    expect((await myActivities(learner1)).totalClasses).toBe(1);
  });

  it('4. learner 1 completes the task of their activity; completing again changes nothing', async () => {
    const before = await myActivities(learner1);
    const activity = before.activities.nodes.find((a) => a.task?.title === task.title);
    expect(activity).toBeDefined();
    learner1ActivityId = activity!.id;
    expect(activity!.taskCompletedAt).toBeNull();

    const first = await as(learner1).ok<{ completeTask: { activity: { taskCompletedAt: string | null } } }>(
      doc.COMPLETE_TASK,
      { input: { activityId: learner1ActivityId } },
    );
    expect(first.completeTask.activity.taskCompletedAt).not.toBeNull();
    firstTaskCompletedAt = first.completeTask.activity.taskCompletedAt!;

    server.advanceClock(MINUTE);
    const again = await as(learner1).ok<{ completeTask: { activity: { taskCompletedAt: string | null } } }>(
      doc.COMPLETE_TASK,
      { input: { activityId: learner1ActivityId } },
    );
    expect(again.completeTask.activity.taskCompletedAt).toBe(firstTaskCompletedAt);
    const after = await myActivities(learner1);
    expect(after.activities.nodes.find((a) => a.id === learner1ActivityId)?.taskCompletedAt).toBe(firstTaskCompletedAt);
  });

  it('5. badges are earned with one BADGE_EARNED notification each; marking notifications read zeroes the count', async () => {
    const l1 = await myBadges(learner1);
    expect(l1.names).toEqual(['FIRST_CLASS_JOINED', 'FIRST_TASK_COMPLETED', 'PROFILE_COMPLETED']);
    expect(l1.badgeProgress).toEqual({ earned: 3, total: 8 });
    const l2 = await myBadges(learner2);
    expect(l2.names).toEqual(['FIRST_CLASS_JOINED', 'PROFILE_COMPLETED']);
    const m = await myBadges(mentor);
    expect(m.names).toEqual(['FIRST_CLASS_BOOKED']);
    expect(m.badgeProgress).toEqual({ earned: 1, total: 8 });

    for (const [who, badges] of [
      [learner1, l1],
      [mentor, m],
    ] as const) {
      const notes = await myNotifications(who);
      const badgeNotes = notes.filter((n) => n.kind === 'BADGE_EARNED');
      expect(badgeNotes.map((n) => String(n.payload.badge)).sort()).toEqual(badges.names);
      expect(badges.unreadNotificationCount).toBe(notes.filter((n) => n.readAt === null).length);
      expect(badges.unreadNotificationCount).toBeGreaterThan(0);

      const marked = await as(who).ok<{
        markNotificationsRead: { markedCount: number; viewer: { unreadNotificationCount: number } };
      }>(doc.MARK_NOTIFICATIONS_READ);
      expect(marked.markNotificationsRead.markedCount).toBe(badges.unreadNotificationCount);
      expect(marked.markNotificationsRead.viewer.unreadNotificationCount).toBe(0);
      expect((await myBadges(who)).unreadNotificationCount).toBe(0);
      expect((await myNotifications(who)).every((n) => n.readAt !== null)).toBe(true);
    }
  });

  it('6. learner 1 is suggested the mentor by shared skills and accepts → a PENDING mentorship', async () => {
    const generated = await as(learner1).ok<{ generateSuggestions: { suggestions: doc.SuggestionData[] } }>(
      doc.GENERATE_SUGGESTIONS,
    );
    const suggestions = generated.generateSuggestions.suggestions;
    expect(suggestions).toHaveLength(1);
    const suggestion = suggestions[0];
    expect(suggestion).toMatchObject({
      status: 'PENDING',
      mentor: { id: mentor.id },
      mentee: { id: learner1.id },
      score: 2,
    });
    expect(suggestion.sharedSkills.map((s) => s.name).sort()).toEqual(['Data', 'Frontend']);

    const accepted = await as(learner1).ok<{
      respondToSuggestion: { suggestion: { status: string }; mentorship: doc.MentorshipData | null };
    }>(doc.RESPOND_TO_SUGGESTION, { input: { suggestionId: suggestion.id, accept: true } });
    expect(accepted.respondToSuggestion.suggestion.status).toBe('ACCEPTED');
    expect(accepted.respondToSuggestion.mentorship).toMatchObject({
      status: 'PENDING',
      mentor: { id: mentor.id },
      mentee: { id: learner1.id },
    });
    mentorshipId = accepted.respondToSuggestion.mentorship!.id;
  });

  it('7. the mentor accepts → ACTIVE, and both earn FIRST_MENTORSHIP_STARTED', async () => {
    const data = await as(mentor).ok<{ respondToMentorship: { mentorship: doc.MentorshipData } }>(
      doc.RESPOND_TO_MENTORSHIP,
      { input: { mentorshipId, accept: true } },
    );
    expect(data.respondToMentorship.mentorship).toMatchObject({ id: mentorshipId, status: 'ACTIVE', endedAt: null });
    expect(data.respondToMentorship.mentorship.startedAt).not.toBeNull();
    for (const who of [mentor, learner1]) {
      expect((await myBadges(who)).names).toContain('FIRST_MENTORSHIP_STARTED');
    }
  });

  it('8. messages flow both ways, newest first; the mentor reads them; both earn FIRST_MESSAGE_SENT', async () => {
    sentByLearner.push(await sendMessage(learner1, mentorshipId, 'Hi! Thanks for accepting.'));
    const reply = await sendMessage(mentor, mentorshipId, 'Welcome! What do you want to learn first?');
    sentByLearner.push(await sendMessage(learner1, mentorshipId, '  GraphQL subscriptions, please.  '));
    expect(sentByLearner[1].content).toBe('GraphQL subscriptions, please.');

    const thread = await as(mentor).ok<{
      node: { unreadCount: number; messages: { totalCount: number; nodes: doc.MessageData[] } };
    }>(doc.THREAD, { id: mentorshipId });
    expect(thread.node.messages.totalCount).toBe(3);
    expect(thread.node.messages.nodes.map((msg) => msg.id)).toEqual([
      sentByLearner[1].id,
      reply.id,
      sentByLearner[0].id,
    ]);
    expect(thread.node.unreadCount).toBe(2);

    expect(await unreadMessages(mentor)).toBe(2);
    expect(await unreadMessages(learner1)).toBe(1);
    const marked = await as(mentor).ok<{
      markMessagesRead: { markedCount: number; mentorship: { unreadCount: number } };
    }>(doc.MARK_MESSAGES_READ, { input: { mentorshipId } });
    expect(marked.markMessagesRead).toEqual({ markedCount: 2, mentorship: { id: mentorshipId, unreadCount: 0 } });
    expect(await unreadMessages(mentor)).toBe(0);
    expect(await unreadMessages(learner1)).toBe(1);

    for (const who of [mentor, learner1]) {
      expect((await myBadges(who)).names).toContain('FIRST_MESSAGE_SENT');
    }
  });

  it('9. the learner completes the mentorship → COMPLETED; a further message gets CONFLICT', async () => {
    const data = await as(learner1).ok<{ completeMentorship: { mentorship: doc.MentorshipData } }>(
      doc.COMPLETE_MENTORSHIP,
      { input: { mentorshipId } },
    );
    expect(data.completeMentorship.mentorship).toMatchObject({ id: mentorshipId, status: 'COMPLETED' });
    expect(data.completeMentorship.mentorship.endedAt).not.toBeNull();
    for (const who of [mentor, learner1]) {
      const code = await as(who).errorCode(doc.SEND_MESSAGE, { input: { mentorshipId, content: 'One more thing…' } });
      expect(code).toBe('CONFLICT');
    }
  });

  it('10. the admin sees the audited profile changes, filters them by actor, and reads the weekly stats', async () => {
    const entries = await auditLog();
    const profileUpdates = entries.filter((e) => e.action === 'user.profile_update');
    for (const who of [mentor, learner1, learner2]) {
      const own = profileUpdates.filter((e) => e.actor?.id === who.id);
      expect(own).toHaveLength(1);
      expect(own[0]).toMatchObject({ targetType: 'User', targetId: who.id });
    }
    const l1Update = profileUpdates.find((e) => e.actor?.id === learner1.id);
    expect(l1Update?.after).toMatchObject({ city: 'Madrid', menteeSkillIds: expect.any(Array) });
    expect(l1Update?.before).toMatchObject({ city: null });
    // Newest first.
    const times = entries.map((e) => Date.parse(e.createdAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);

    const byLearner1 = await auditLog({ actorId: learner1.id });
    expect(byLearner1.length).toBeGreaterThan(0);
    expect(byLearner1.every((e) => e.actor?.id === learner1.id)).toBe(true);
    expect(byLearner1.map((e) => e.id).sort()).toEqual(
      entries
        .filter((e) => e.actor?.id === learner1.id)
        .map((e) => e.id)
        .sort(),
    );

    const { platformStats: stats } = await as(admin).ok<{ platformStats: doc.PlatformStatsData }>(doc.PLATFORM_STATS);
    expect(stats.totalUsers).toBeGreaterThanOrEqual(5);
    expect(stats.newRegistrations).toBeGreaterThanOrEqual(5);
    const roleCount = (role: string): number => stats.roleDistribution.find((r) => r.role === role)?.count ?? 0;
    expect(roleCount('MENTOR')).toBeGreaterThanOrEqual(1);
    expect(roleCount('ADMIN')).toBeGreaterThanOrEqual(1);
    expect(roleCount('LEARNER')).toBeGreaterThanOrEqual(5);
    expect(stats.registrationsSeries).toHaveLength(7);
    expect(stats.registrationsSeries.reduce((sum, d) => sum + d.count, 0)).toBe(stats.newRegistrations);

    // Everyday learners may not read either.
    expect(await as(learner1).errorCode(doc.AUDIT_LOG, { filter: null })).toBe('FORBIDDEN');
    expect(await as(learner1).errorCode(doc.PLATFORM_STATS)).toBe('FORBIDDEN');
  });
});
