/**
 * One scripted end-to-end journey through the public GraphQL API over HTTP: a mentor hosts a class,
 * two learners join, the class is completed, tasks and badges follow, a learner is matched with the
 * mentor, they talk and finish the mentorship, and an admin reviews the audit log and the stats.
 * The steps share state and run in order; only the actors are created directly (createUser).
 */
import { Role } from '../src/modules/role/role';
import { createUser, type UserWithToken } from './helpers/factories';
import type { GraphQLClient } from './helpers/graphql';
import { startTestServer, type TestServer } from './helpers/server';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

// ---------------------------------------------------------------------------------------------
// GraphQL documents
// ---------------------------------------------------------------------------------------------

const SKILLS = `{ skills(first: 20) { nodes { id slug name } } }`;
const UPDATE_PROFILE = `mutation ($input: UpdateProfileInput!) {
  updateProfile(input: $input) {
    user { id profileComplete mentorSkills { slug } menteeSkills { slug } }
  }
}`;

const CLASS_FIELDS = `id status currentParticipants maxParticipants startsAt endsAt
  host { id } participants(first: 10) { nodes { id } } task { id title }`;
const BOOK_CLASS = `mutation ($input: BookClassInput!) { bookClass(input: $input) { virtualClass { ${CLASS_FIELDS} } } }`;
const JOIN_CLASS = `mutation ($input: JoinClassInput!) {
  joinClass(input: $input) { activity { id rol } virtualClass { id currentParticipants } }
}`;
const COMPLETE_CLASS = `mutation ($input: CompleteClassInput!) {
  completeClass(input: $input) { virtualClass { ${CLASS_FIELDS} completedAt } }
}`;
const CLASS_NODE = `query ($id: ID!) { node(id: $id) { ... on VirtualClass { ${CLASS_FIELDS} } } }`;
const PENDING_CLASSES = `{ virtualClasses(first: 10, filter: { status: PENDING }) { nodes { id status } } }`;
const CREATE_TASK = `mutation ($input: CreateTaskInput!) { createTask(input: $input) { task { id title author { id } } } }`;
const COMPLETE_TASK = `mutation ($input: CompleteTaskInput!) {
  completeTask(input: $input) { activity { id taskCompletedAt task { id } } }
}`;

const MY_ACTIVITIES = `{
  viewer {
    id totalClasses
    activities(first: 5) {
      nodes { id rol completed taskCompletedAt task { id title } virtualClass { id } }
    }
  }
}`;
const MY_BADGES = `{
  viewer { earnedBadges { badge { name } } badgeProgress { earned total } unreadNotificationCount }
}`;
const MY_NOTIFICATIONS = `{
  notifications(first: 20) { totalCount nodes { id kind payload readAt } }
}`;
const MARK_NOTIFICATIONS_READ = `mutation { markNotificationsRead(input: {}) { markedCount viewer { unreadNotificationCount } } }`;

const SUGGESTION_FIELDS = 'id score status mentor { id } mentee { id } sharedSkills { name }';
const GENERATE_SUGGESTIONS = `mutation { generateSuggestions { suggestions { ${SUGGESTION_FIELDS} } } }`;
const RESPOND_TO_SUGGESTION = `mutation ($input: RespondToSuggestionInput!) {
  respondToSuggestion(input: $input) {
    suggestion { id status }
    mentorship { id status mentor { id } mentee { id } }
  }
}`;
const MENTORSHIP_FIELDS = 'id status startedAt endedAt mentor { id } mentee { id }';
const RESPOND_TO_MENTORSHIP = `mutation ($input: RespondToMentorshipInput!) {
  respondToMentorship(input: $input) { mentorship { ${MENTORSHIP_FIELDS} } }
}`;
const COMPLETE_MENTORSHIP = `mutation ($input: CompleteMentorshipInput!) {
  completeMentorship(input: $input) { mentorship { ${MENTORSHIP_FIELDS} } }
}`;

const SEND_MESSAGE = `mutation ($input: SendMessageInput!) {
  sendMessage(input: $input) { message { id content sentAt sender { id } } }
}`;
const THREAD = `query ($id: ID!) {
  node(id: $id) { ... on Mentorship { unreadCount messages(first: 10) { totalCount nodes { id content sentAt sender { id } } } } }
}`;
const MY_UNREAD_MESSAGES = `{ viewer { unreadMessageCount } }`;
const MARK_MESSAGES_READ = `mutation ($input: MarkMessagesReadInput!) {
  markMessagesRead(input: $input) { markedCount mentorship { id unreadCount } }
}`;

const AUDIT_LOG = `query ($filter: AuditLogFilter) {
  auditLog(first: 100, filter: $filter) {
    totalCount nodes { id action targetType targetId actor { id } before after createdAt }
  }
}`;
const PLATFORM_STATS = `{
  platformStats(period: WEEK) {
    totalUsers newRegistrations
    roleDistribution { role count }
    registrationsSeries { date count }
  }
}`;

// ---------------------------------------------------------------------------------------------
// Response shapes
// ---------------------------------------------------------------------------------------------

interface ClassData {
  id: string;
  status: string;
  currentParticipants: number;
  maxParticipants: number;
  startsAt: string;
  endsAt: string;
  host: { id: string };
  participants: { nodes: Array<{ id: string }> };
  task: { id: string; title: string } | null;
  completedAt?: string | null;
}
interface ActivityData {
  id: string;
  rol: string;
  completed: boolean;
  taskCompletedAt: string | null;
  task: { id: string; title: string } | null;
  virtualClass: { id: string };
}
interface MyActivities {
  viewer: { id: string; totalClasses: number; activities: { nodes: ActivityData[] } };
}
interface MyBadges {
  viewer: {
    earnedBadges: Array<{ badge: { name: string } }>;
    badgeProgress: { earned: number; total: number };
    unreadNotificationCount: number;
  };
}
interface NotificationData {
  id: string;
  kind: string;
  payload: Record<string, unknown>;
  readAt: string | null;
}
interface SuggestionData {
  id: string;
  score: number;
  status: string;
  mentor: { id: string };
  mentee: { id: string };
  sharedSkills: Array<{ name: string }>;
}
interface MentorshipData {
  id: string;
  status: string;
  startedAt: string | null;
  endedAt: string | null;
  mentor: { id: string };
  mentee: { id: string };
}
interface MessageData {
  id: string;
  content: string;
  sentAt: string;
  sender: { id: string };
}
interface AuditEntryData {
  id: string;
  action: string;
  targetType: string | null;
  targetId: string | null;
  actor: { id: string } | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  createdAt: string;
}

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

let server: TestServer;
const as = (who: UserWithToken): GraphQLClient => server.client(who.token);
const inFuture = (ms: number): string => new Date(server.deps.clock().getTime() + ms).toISOString();

async function readClass(who: UserWithToken, id: string): Promise<ClassData> {
  return (await as(who).ok<{ node: ClassData }>(CLASS_NODE, { id })).node;
}

async function myActivities(who: UserWithToken): Promise<MyActivities['viewer']> {
  return (await as(who).ok<MyActivities>(MY_ACTIVITIES)).viewer;
}

async function myBadges(who: UserWithToken): Promise<MyBadges['viewer'] & { names: string[] }> {
  const { viewer } = await as(who).ok<MyBadges>(MY_BADGES);
  return { ...viewer, names: viewer.earnedBadges.map((e) => e.badge.name).sort() };
}

async function myNotifications(who: UserWithToken): Promise<NotificationData[]> {
  const data = await as(who).ok<{ notifications: { nodes: NotificationData[] } }>(MY_NOTIFICATIONS);
  return data.notifications.nodes;
}

async function unreadMessages(who: UserWithToken): Promise<number> {
  return (await as(who).ok<{ viewer: { unreadMessageCount: number } }>(MY_UNREAD_MESSAGES)).viewer.unreadMessageCount;
}

async function sendMessage(who: UserWithToken, mentorshipId: string, content: string): Promise<MessageData> {
  const data = await as(who).ok<{ sendMessage: { message: MessageData } }>(SEND_MESSAGE, {
    input: { mentorshipId, content },
  });
  return data.sendMessage.message;
}

async function auditLog(filter: Record<string, unknown> | null = null): Promise<AuditEntryData[]> {
  const data = await as(admin).ok<{ auditLog: { totalCount: number; nodes: AuditEntryData[] } }>(AUDIT_LOG, { filter });
  return data.auditLog.nodes;
}

// ---------------------------------------------------------------------------------------------
// Actors and shared state
// ---------------------------------------------------------------------------------------------

let mentor: UserWithToken;
let learner1: UserWithToken;
let learner2: UserWithToken;
let learner3: UserWithToken;
let admin: UserWithToken;
/** Skill global ids by slug. */
const skill: Record<string, string> = {};

let classId: string;
let task: { id: string; title: string };
let learner1ActivityId: string;
let firstTaskCompletedAt: string;
let mentorshipId: string;
const sentByLearner: MessageData[] = [];

/** A complete profile (every required field), so profile completion is part of the journey too. */
const fullProfile = (city: string): Record<string, unknown> => ({
  address: '1 Main Street',
  city,
  country: 'ES',
  timezone: 'Europe/Madrid',
  educationLevel: 'University',
  learningGoals: 'Become a full-stack developer',
  preferredLearningStyle: 'Hands-on',
});

beforeAll(async () => {
  server = await startTestServer();
  mentor = await createUser(server, { roles: [Role.MENTOR], firstName: 'Maria', lastName: 'Mentor' });
  learner1 = await createUser(server, { firstName: 'Lucia', lastName: 'Learner' });
  learner2 = await createUser(server, { firstName: 'Leo', lastName: 'Learner' });
  admin = await createUser(server, { roles: [Role.ADMIN], firstName: 'Ada', lastName: 'Admin' });

  const skills = await as(learner1).ok<{ skills: { nodes: Array<{ id: string; slug: string }> } }>(SKILLS);
  for (const s of skills.skills.nodes) skill[s.slug] = s.id;

  // Skills are set by the users themselves, through updateProfile.
  await as(mentor).ok(UPDATE_PROFILE, {
    input: { mentorSkillIds: [skill.frontend, skill.backend, skill.data] },
  });
  await as(learner1).ok(UPDATE_PROFILE, {
    input: { ...fullProfile('Madrid'), menteeSkillIds: [skill.frontend, skill.data, skill.design] },
  });
  await as(learner2).ok(UPDATE_PROFILE, {
    input: { ...fullProfile('Sevilla'), menteeSkillIds: [skill.backend] },
  });
});
afterAll(() => server.close());

// ---------------------------------------------------------------------------------------------
// The journey
// ---------------------------------------------------------------------------------------------

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
    const booked = await as(mentor).ok<{ bookClass: { virtualClass: ClassData } }>(BOOK_CLASS, {
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
    }>(CREATE_TASK, {
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
      const joined = await as(learner).ok<{ joinClass: { activity: { rol: string } } }>(JOIN_CLASS, {
        input: { classId },
      });
      expect(joined.joinClass.activity.rol).toBe('PARTICIPANTE');
    }
    const cls = await readClass(mentor, classId);
    expect(cls.currentParticipants).toBe(3);
    expect(cls.participants.nodes.map((p) => p.id)).toEqual([mentor.id, learner1.id, learner2.id]);

    learner3 = await createUser(server, { firstName: 'Late', lastName: 'Comer' });
    expect(await as(learner3).errorCode(JOIN_CLASS, { input: { classId } })).toBe('CONFLICT');
    expect((await readClass(mentor, classId)).currentParticipants).toBe(3);
  });

  it('3. after the class ends it reads PENDING; the mentor completes it with the task, once', async () => {
    expect((await readClass(mentor, classId)).status).toBe('SCHEDULED');
    server.advanceClock(2 * HOUR + MINUTE);
    expect((await readClass(mentor, classId)).status).toBe('PENDING');
    const pending = await as(mentor).ok<{ virtualClasses: { nodes: Array<{ id: string }> } }>(PENDING_CLASSES);
    expect(pending.virtualClasses.nodes.map((c) => c.id)).toContain(classId);

    const done = await as(mentor).ok<{ completeClass: { virtualClass: ClassData } }>(COMPLETE_CLASS, {
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

    expect(await as(mentor).errorCode(COMPLETE_CLASS, { input: { classId, taskId: task.id } })).toBe('CONFLICT');
    expect((await myActivities(learner1)).totalClasses).toBe(1);
  });

  it('4. learner 1 completes the task of their activity; completing again changes nothing', async () => {
    const before = await myActivities(learner1);
    const activity = before.activities.nodes.find((a) => a.task?.title === task.title);
    expect(activity).toBeDefined();
    learner1ActivityId = activity!.id;
    expect(activity!.taskCompletedAt).toBeNull();

    const first = await as(learner1).ok<{ completeTask: { activity: { taskCompletedAt: string | null } } }>(
      COMPLETE_TASK,
      { input: { activityId: learner1ActivityId } },
    );
    expect(first.completeTask.activity.taskCompletedAt).not.toBeNull();
    firstTaskCompletedAt = first.completeTask.activity.taskCompletedAt!;

    server.advanceClock(MINUTE);
    const again = await as(learner1).ok<{ completeTask: { activity: { taskCompletedAt: string | null } } }>(
      COMPLETE_TASK,
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
      }>(MARK_NOTIFICATIONS_READ);
      expect(marked.markNotificationsRead.markedCount).toBe(badges.unreadNotificationCount);
      expect(marked.markNotificationsRead.viewer.unreadNotificationCount).toBe(0);
      expect((await myBadges(who)).unreadNotificationCount).toBe(0);
      expect((await myNotifications(who)).every((n) => n.readAt !== null)).toBe(true);
    }
  });

  it('6. learner 1 is suggested the mentor by shared skills and accepts → a PENDING mentorship', async () => {
    const generated = await as(learner1).ok<{ generateSuggestions: { suggestions: SuggestionData[] } }>(
      GENERATE_SUGGESTIONS,
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
      respondToSuggestion: { suggestion: { status: string }; mentorship: MentorshipData | null };
    }>(RESPOND_TO_SUGGESTION, { input: { suggestionId: suggestion.id, accept: true } });
    expect(accepted.respondToSuggestion.suggestion.status).toBe('ACCEPTED');
    expect(accepted.respondToSuggestion.mentorship).toMatchObject({
      status: 'PENDING',
      mentor: { id: mentor.id },
      mentee: { id: learner1.id },
    });
    mentorshipId = accepted.respondToSuggestion.mentorship!.id;
  });

  it('7. the mentor accepts → ACTIVE, and both earn FIRST_MENTORSHIP_STARTED', async () => {
    const data = await as(mentor).ok<{ respondToMentorship: { mentorship: MentorshipData } }>(RESPOND_TO_MENTORSHIP, {
      input: { mentorshipId, accept: true },
    });
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
      node: { unreadCount: number; messages: { totalCount: number; nodes: MessageData[] } };
    }>(THREAD, { id: mentorshipId });
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
    }>(MARK_MESSAGES_READ, { input: { mentorshipId } });
    expect(marked.markMessagesRead).toEqual({ markedCount: 2, mentorship: { id: mentorshipId, unreadCount: 0 } });
    expect(await unreadMessages(mentor)).toBe(0);
    expect(await unreadMessages(learner1)).toBe(1);

    for (const who of [mentor, learner1]) {
      expect((await myBadges(who)).names).toContain('FIRST_MESSAGE_SENT');
    }
  });

  it('9. the learner completes the mentorship → COMPLETED; a further message gets CONFLICT', async () => {
    const data = await as(learner1).ok<{ completeMentorship: { mentorship: MentorshipData } }>(COMPLETE_MENTORSHIP, {
      input: { mentorshipId },
    });
    expect(data.completeMentorship.mentorship).toMatchObject({ id: mentorshipId, status: 'COMPLETED' });
    expect(data.completeMentorship.mentorship.endedAt).not.toBeNull();
    for (const who of [mentor, learner1]) {
      const code = await as(who).errorCode(SEND_MESSAGE, { input: { mentorshipId, content: 'One more thing…' } });
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

    const { platformStats: stats } = await as(admin).ok<{
      platformStats: {
        totalUsers: number;
        newRegistrations: number;
        roleDistribution: Array<{ role: string; count: number }>;
        registrationsSeries: Array<{ date: string; count: number }>;
      };
    }>(PLATFORM_STATS);
    expect(stats.totalUsers).toBeGreaterThanOrEqual(5);
    expect(stats.newRegistrations).toBeGreaterThanOrEqual(5);
    const roleCount = (role: string): number => stats.roleDistribution.find((r) => r.role === role)?.count ?? 0;
    expect(roleCount('MENTOR')).toBeGreaterThanOrEqual(1);
    expect(roleCount('ADMIN')).toBeGreaterThanOrEqual(1);
    expect(roleCount('LEARNER')).toBeGreaterThanOrEqual(5);
    expect(stats.registrationsSeries).toHaveLength(7);
    expect(stats.registrationsSeries.reduce((sum, d) => sum + d.count, 0)).toBe(stats.newRegistrations);

    // Everyday learners may not read either.
    expect(await as(learner1).errorCode(AUDIT_LOG, { filter: null })).toBe('FORBIDDEN');
    expect(await as(learner1).errorCode(PLATFORM_STATS)).toBe('FORBIDDEN');
  });
});
