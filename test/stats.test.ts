import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, isObjectType, Kind } from 'graphql';
import { toGlobalId } from '../src/common/global-id';
import { WITHHELD_COLUMNS } from '../src/modules/stats/export.projection';
import { UserRole } from '../src/modules/role/user-role.entity';
import { MentorApplicationStatus } from '../src/modules/mentor-application/mentor-application.entity';
import { grantRole } from '../src/modules/role/role.service';
import { Role } from '../src/modules/role/role';
import { UserStatus, type User } from '../src/modules/user/user.entity';
import { createUser, manager, type UserWithToken } from './helpers/factories';
import { startTestServer, type TestServer } from './helpers/server';

import {
  clockToNoon,
  createApplication,
  createExportFixture,
  DAY,
  type ExportFixture,
} from './helpers/stats-factories';

const HOUR = 3600 * 1000;

/** Fields of object types the printed schema keeps to ADMIN or OWNER callers (`@auth(requires: …)`). */
function adminOnlyFields(): string[] {
  const schema = buildSchema(readFileSync(join(__dirname, '..', 'schema.graphql'), 'utf8'));
  return Object.values(schema.getTypeMap())
    .filter(isObjectType)
    .filter((type) => !['Query', 'Mutation', 'Subscription'].includes(type.name))
    .flatMap((type) => Object.values(type.getFields()))
    .filter((field) =>
      field.astNode?.directives?.some(
        (d) =>
          d.name.value === 'auth' &&
          d.arguments?.some((arg) => arg.value.kind === Kind.ENUM && ['ADMIN', 'OWNER'].includes(arg.value.value)),
      ),
    )
    .map((field) => field.name);
}

let server: TestServer;
let now: Date;
let admin: UserWithToken;
let owner: UserWithToken;
let a: UserWithToken;
let b: UserWithToken;
let c: UserWithToken;
let fixture: ExportFixture;

/** Times are relative to `now` (noon UTC); the server clock runs on from there by the test's own duration. */
const ago = (ms: number): Date => new Date(now.getTime() - ms);

/** A user created, last signed in and completed as given (createdAt is set, not left to the database). */
async function person(fields: Partial<User> & { roles?: Role[] }): Promise<UserWithToken> {
  return createUser(server, { lastSignInAt: null, profileComplete: false, ...fields });
}

beforeAll(async () => {
  server = await startTestServer();
  now = clockToNoon(server);
  // Known population (today = the UTC day of `now`); deleted users count only as registrations.
  admin = await person({
    roles: [Role.ADMIN],
    createdAt: ago(400 * DAY),
    lastSignInAt: ago(DAY),
    profileComplete: true,
  });
  a = await person({ createdAt: ago(HOUR), lastSignInAt: ago(2 * HOUR), profileComplete: true, firstName: 'Ana' });
  b = await person({ roles: [Role.MENTOR], createdAt: ago(DAY), lastSignInAt: ago(29 * DAY), firstName: 'Ben' });
  c = await person({ createdAt: ago(3 * DAY), lastSignInAt: ago(31 * DAY), firstName: 'Cid' });
  const d = await person({ createdAt: ago(6 * DAY) });
  const e = await person({ createdAt: ago(20 * DAY), profileComplete: true });
  const f = await person({ createdAt: ago(100 * DAY) });
  await person({
    roles: [Role.MENTOR],
    status: UserStatus.DELETED,
    createdAt: ago(2 * HOUR),
    lastSignInAt: ago(HOUR),
    profileComplete: true,
  });
  await person({ status: UserStatus.SUSPENDED, createdAt: ago(40 * DAY), lastSignInAt: ago(5 * DAY) });
  const i = await person({ createdAt: ago(10 * DAY) });
  owner = await person({ roles: [Role.OWNER], createdAt: ago(500 * DAY) });
  const db = manager(server);
  // A MENTOR window that has ended and one that has not started yet: neither counts now.
  await grantRole(db, {
    userId: f.user.id,
    role: Role.MENTOR,
    effectiveStartDate: ago(50 * DAY),
    effectiveEndDate: ago(10 * DAY),
  });
  await grantRole(db, { userId: i.user.id, role: Role.MENTOR, effectiveStartDate: new Date(now.getTime() + DAY) });
  await createApplication(server, c.user.id, MentorApplicationStatus.PENDING);
  await createApplication(server, d.user.id, MentorApplicationStatus.PENDING);
  await createApplication(server, b.user.id, MentorApplicationStatus.APPROVED);
  await createApplication(server, e.user.id, MentorApplicationStatus.REJECTED);
  fixture = await createExportFixture(
    server,
    { subject: a.user.id, mentor: b.user.id, outsider: c.user.id, admin: admin.user.id },
    now,
  );
});
afterAll(() => server.close());

const STATS = `query ($period: StatsPeriod!) {
  platformStats(period: $period) {
    period from to totalUsers activeUsers newRegistrations
    registrationsSeries { date count }
    profileCompletionRate
    roleDistribution { role count }
    pendingMentorApplications
  }
}`;

interface Stats {
  period: string;
  from: string;
  to: string;
  totalUsers: number;
  activeUsers: number;
  newRegistrations: number;
  registrationsSeries: Array<{ date: string; count: number }>;
  profileCompletionRate: number;
  roleDistribution: Array<{ role: Role; count: number }>;
  pendingMentorApplications: number;
}

async function stats(period: string): Promise<Stats> {
  return (await server.client(admin.token).ok<{ platformStats: Stats }>(STATS, { period })).platformStats;
}

const day = (daysAgo: number): string =>
  ago(daysAgo * DAY)
    .toISOString()
    .slice(0, 10);

describe('platformStats', () => {
  it('counts users, active users, completion and pending applications, leaving deleted users out', async () => {
    const s = await stats('WEEK');
    // admin, a, b, c, d, e, f, suspended, i, owner — not the deleted one.
    expect(s.totalUsers).toBe(10);
    // Signed in within 30 days: admin, a, b (29 days), the suspended user; not c (31 days), not the deleted one.
    expect(s.activeUsers).toBe(4);
    expect(s.profileCompletionRate).toBeCloseTo(3 / 10);
    expect(s.pendingMentorApplications).toBe(2);
  });

  it('gives a zero-filled daily registration series for the week, ending today', async () => {
    const s = await stats('WEEK');
    expect(s.period).toBe('WEEK');
    expect(s.from).toBe(`${day(6)}T00:00:00.000Z`);
    expect(Date.parse(s.to) - now.getTime()).toBeGreaterThanOrEqual(0);
    expect(Date.parse(s.to) - now.getTime()).toBeLessThan(60_000);
    expect(s.registrationsSeries).toEqual([
      { date: day(6), count: 1 },
      { date: day(5), count: 0 },
      { date: day(4), count: 0 },
      { date: day(3), count: 1 },
      { date: day(2), count: 0 },
      { date: day(1), count: 1 },
      { date: day(0), count: 2 },
    ]);
    expect(s.newRegistrations).toBe(5);
  });

  it('covers 1, 30 and 365 days for DAY, MONTH and YEAR', async () => {
    const expected: Record<string, [number, number]> = { DAY: [1, 2], MONTH: [30, 7], YEAR: [365, 9] };
    for (const [period, [days, registrations]] of Object.entries(expected)) {
      const s = await stats(period);
      expect(s.registrationsSeries).toHaveLength(days);
      expect(s.registrationsSeries[0].date).toBe(day(days - 1));
      expect(s.registrationsSeries[days - 1].date).toBe(day(0));
      expect(s.newRegistrations).toBe(registrations);
      expect(s.registrationsSeries.reduce((sum, d) => sum + d.count, 0)).toBe(registrations);
    }
  });

  it('counts the users holding each role right now', async () => {
    const s = await stats('DAY');
    // Ended, future and deleted users' MENTOR windows do not count; only b is a mentor now.
    expect(s.roleDistribution).toEqual([
      { role: 'LEARNER', count: 10 },
      { role: 'MENTOR', count: 1 },
      { role: 'ADMIN', count: 1 },
      { role: 'OWNER', count: 1 },
    ]);
  });

  it('runs a handful of aggregate queries, not one per user', async () => {
    const before = server.db.queries.count;
    await stats('YEAR');
    // Two to authenticate the caller, three for the figures.
    expect(server.db.queries.count - before).toBeLessThanOrEqual(5);
  });

  it('is open to owners and refuses learners and mentors (FORBIDDEN) and anonymous callers (UNAUTHENTICATED)', async () => {
    await server.client(owner.token).ok(STATS, { period: 'DAY' });
    const notAllowed = { code: 'FORBIDDEN', reason: 'NOT_ALLOWED' };
    expect(await server.client(a.token).refusal(STATS, { period: 'DAY' })).toEqual(notAllowed);
    expect(await server.client(b.token).refusal(STATS, { period: 'DAY' })).toEqual(notAllowed);
    expect(await server.client().refusal(STATS, { period: 'DAY' })).toEqual({
      code: 'UNAUTHENTICATED',
      reason: 'SIGN_IN_REQUIRED',
    });
  });
});

type Doc = Record<string, unknown> & {
  profile: Record<string, unknown>;
  skills: { mentor: Array<{ slug: string }>; mentee: Array<{ slug: string }> };
  roles: Array<Record<string, unknown>>;
  accounts: Array<Record<string, unknown>>;
  activities: Array<Record<string, unknown>>;
  tasksAuthored: Array<Record<string, unknown>>;
  classesHosted: Array<Record<string, unknown>>;
  mentorships: Array<Record<string, unknown> & { notes: Array<{ body: string }> }>;
  messages: Array<Record<string, unknown>>;
  suggestions: Array<Record<string, unknown>>;
  earnedBadges: Array<Record<string, unknown>>;
  notifications: Array<Record<string, unknown>>;
  mentorApplications: Array<Record<string, unknown>>;
  auditLog: Array<Record<string, unknown>>;
};

async function exportOf(token: string): Promise<Doc> {
  return (await server.client(token).ok<{ exportMyData: Doc }>(`{ exportMyData }`)).exportMyData;
}

describe('exportMyData', () => {
  let doc: Doc;
  beforeAll(async () => {
    doc = await exportOf(a.token);
  });

  it('holds the caller profile without secrets, dates as ISO strings', () => {
    expect(doc.profile).toMatchObject({ id: a.id, email: a.user.email, firstName: 'Ana', displayName: 'Ana User' });
    expect(doc.profile).not.toHaveProperty('tokenVersion');
    expect(doc.profile.createdAt).toBe(ago(HOUR).toISOString());
    expect(Date.parse(String(doc.exportedAt)) - now.getTime()).toBeLessThan(60_000);
    expect(doc.skills).toEqual({ mentor: [], mentee: [expect.objectContaining({ slug: 'frontend' })] });
    expect(doc.roles).toEqual([expect.objectContaining({ role: 'LEARNER', userId: a.id, isActive: true })]);
  });

  it('lists linked accounts by provider and account id only, never tokens', () => {
    expect(doc.accounts).toEqual([{ provider: 'GOOGLE', providerAccountId: 'google-subject-123' }]);
    const text = JSON.stringify(doc);
    expect(text).not.toContain('SECRET-CIPHERTEXT');
    expect(text).not.toMatch(/refreshToken|tokenVersion/);
  });

  it('holds activities, authored tasks and hosted classes', () => {
    expect(doc.activities.map((x) => x.rol).sort()).toEqual(['ANFITRION', 'PARTICIPANTE']);
    expect(doc.tasksAuthored).toEqual([expect.objectContaining({ title: 'Task by subject', authorId: a.id })]);
    expect(doc.classesHosted).toEqual([expect.objectContaining({ title: 'Subject hosts this', status: 'SCHEDULED' })]);
  });

  it('holds the mentorships with their notes and messages sent and received', () => {
    expect(doc.mentorships).toHaveLength(1);
    expect(doc.mentorships[0]).toMatchObject({
      id: toGlobalId('Mentorship', fixture.mentorship.id),
      side: 'MENTEE',
      mentorId: b.id,
      goals: ['Learn React'],
    });
    expect(doc.mentorships[0].notes.map((n) => n.body).sort()).toEqual(['Mentor note for subject', 'Subject own note']);
    expect(doc.messages.map((m) => [m.content, m.direction]).sort()).toEqual([
      ['Hello from subject', 'SENT'],
      ['Reply to subject', 'RECEIVED'],
    ]);
  });

  it('holds suggestions, badges, notifications, applications and audit entries', () => {
    expect(doc.suggestions).toEqual([expect.objectContaining({ side: 'MENTEE', mentorId: b.id, score: 1 })]);
    expect(doc.earnedBadges).toEqual([expect.objectContaining({ badge: 'FIRST_CLASS_JOINED' })]);
    expect(doc.notifications).toEqual([
      expect.objectContaining({ kind: 'PROFILE_REMINDER', payload: { text: 'Finish your profile' } }),
    ]);
    expect(doc.mentorApplications).toEqual([
      expect.objectContaining({ status: 'REJECTED', motivation: 'Subject wants to mentor', applicantId: a.id }),
    ]);
    const own = doc.auditLog.find((x) => x.actorId === a.id);
    const byAdmin = doc.auditLog.find((x) => x.actorId === admin.id);
    expect(doc.auditLog).toHaveLength(2);
    expect(own).toMatchObject({ action: 'auth.sign_in', targetId: a.id, ip: '10.0.0.1' });
    // Another person's request details are theirs, not the caller's.
    expect(byAdmin).toMatchObject({ action: 'user.update', targetId: a.id, after: { city: 'Quito' } });
    expect(byAdmin).not.toHaveProperty('ip');
  });

  it("holds nothing of another user's", async () => {
    const text = JSON.stringify(doc);
    for (const foreign of [
      'Secret from outsider',
      'Note about outsider',
      'Notification for outsider',
      '10.7.7.7',
      c.id,
    ]) {
      expect(text).not.toContain(foreign);
    }
    expect(text).not.toContain(toGlobalId('Mentorship', fixture.otherMentorship.id));
    const outsiders = JSON.stringify(await exportOf(c.token));
    expect(outsiders).toContain('Secret from outsider');
    for (const foreign of ['Hello from subject', 'Subject own note', 'Finish your profile', a.id]) {
      expect(outsiders).not.toContain(foreign);
    }
  });

  it('holds no field the API keeps to admins, nor any withheld column, anywhere in the document', async () => {
    await manager(server).update(UserRole, { userId: a.user.id }, { adminNotes: 'ADMIN-ONLY-NOTE' });
    const text = JSON.stringify(await exportOf(a.token));
    expect(text).not.toContain('ADMIN-ONLY-NOTE');
    const forbidden = new Set([
      ...adminOnlyFields(),
      ...Object.values(WITHHELD_COLUMNS).flatMap((c) => Object.keys(c)),
    ]);
    expect(forbidden).toContain('adminNotes');
    expect(forbidden).toContain('tokenVersion');
    const keys = new Set<string>();
    JSON.parse(text, (key: string, value: unknown) => (keys.add(key), value));
    expect([...forbidden].filter((key) => keys.has(key))).toEqual([]);
  });

  it('refuses anonymous callers (UNAUTHENTICATED)', async () => {
    expect(await server.client().refusal(`{ exportMyData }`)).toEqual({
      code: 'UNAUTHENTICATED',
      reason: 'SIGN_IN_REQUIRED',
    });
  });
});
