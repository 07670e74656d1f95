import { seedDemoData } from '../src/db/seed';
import { Notification, NotificationKind } from '../src/modules/notification/notification.entity';
import { noticePayloadSchemas, notices } from '../src/modules/notification/notification.payloads';
import { Role } from '../src/modules/role/role';
import { createUser, findSkill, manager, type UserWithToken } from './helpers/factories';
import { startTestServer, type TestServer } from './helpers/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  await seedDemoData(server.db.database.dataSource);
});
afterAll(() => server.close());

const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;

/** A value's shape: the type a global id names, "time" for ISO times, else its JSON type. */
function shapeOf(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value !== 'string') return typeof value;
  if (ISO.test(value)) return 'time';
  const decoded = Buffer.from(value, 'base64url').toString('utf8');
  const match = /^([A-Za-z]+):[0-9a-f-]{36}$/.exec(decoded);
  return match && Buffer.from(decoded).toString('base64url') === value ? `id:${match[1]}` : 'string';
}

/** The shapes a kind's payloads take: key → set of value shapes. */
function shapes(payloads: Array<Record<string, unknown>>): Record<string, string[]> {
  const out: Record<string, Set<string>> = {};
  for (const payload of payloads) {
    for (const [key, value] of Object.entries(payload)) (out[key] ??= new Set()).add(shapeOf(value));
  }
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, [...v].filter((s) => s !== 'null').sort()]));
}

/** Payloads of a kind: those of `live` recipients only, or (by default) everyone else's (the demo data). */
async function payloadsOf(kind: NotificationKind, live: string[] = []): Promise<Array<Record<string, unknown>>> {
  const rows = await manager(server).find(Notification, { where: { kind } });
  return rows.filter((n) => live.includes(n.recipientId) === live.length > 0).map((n) => n.payload);
}

const iso = (ms: number): string => new Date(Date.now() + ms).toISOString();

/** Causes one notification of every kind through the API; returns the recipients of those live ones. */
async function causeEveryKind(): Promise<string[]> {
  const admin = await createUser(server, { roles: [Role.ADMIN] });
  const mentor = await createUser(server, { roles: [Role.MENTOR] });
  const learner = await createUser(server);
  const applicant = await createUser(server);
  const as = (u: UserWithToken) => server.client(u.token);

  const booked = await as(mentor).ok<{ bookClass: { virtualClass: { id: string } } }>(
    `mutation ($input: BookClassInput!) { bookClass(input: $input) { virtualClass { id } } }`,
    { input: { title: 'Live', startsAt: iso(86_400_000), durationMinutes: 60, classType: 'GRUPAL' } },
  );
  const classId = booked.bookClass.virtualClass.id;
  await as(learner).ok(`mutation ($id: ID!) { joinClass(input: { classId: $id }) { virtualClass { id } } }`, {
    id: classId,
  });
  await as(mentor).ok(
    `mutation ($id: ID!) { cancelClass(input: { classId: $id, reason: "Sick" }) { virtualClass { id } } }`,
    { id: classId },
  );
  const requested = await as(learner).ok<{ requestMentorship: { mentorship: { id: string } } }>(
    `mutation ($id: ID!) { requestMentorship(input: { mentorId: $id }) { mentorship { id } } }`,
    { id: mentor.id },
  );
  await as(mentor).ok(
    `mutation ($id: ID!) { respondToMentorship(input: { mentorshipId: $id, accept: true }) { mentorship { id } } }`,
    { id: requested.requestMentorship.mentorship.id },
  );
  // Demo role windows end; the live one does too, so both kinds of value (a time and null) are compared.
  await as(admin).ok(
    `mutation ($id: ID!, $end: DateTime!) {
      assignRole(input: { userId: $id, role: MENTOR, effectiveEndDate: $end }) { userRole { id } }
    }`,
    { id: learner.id, end: iso(30 * 86_400_000) },
  );
  const skill = await findSkill(server, 'backend');
  const applied = await as(applicant).ok<{ applyForMentor: { application: { id: string } } }>(
    `mutation ($input: ApplyForMentorInput!) { applyForMentor(input: $input) { application { id } } }`,
    {
      input: {
        motivation: 'I like teaching backend engineering',
        experience: 'Ten years of building APIs',
        skillIds: [skill.globalId],
      },
    },
  );
  await as(admin).ok(
    `mutation ($id: ID!) {
      reviewMentorApplication(input: { applicationId: $id, approve: false, reason: "Not yet" }) { application { id } }
    }`,
    { id: applied.applyForMentor.application.id },
  );
  return [admin, mentor, learner, applicant].map((u) => u.user.id);
}

describe('notification payloads', () => {
  it('are valid for their kind in every seeded row', async () => {
    for (const kind of Object.values(NotificationKind)) {
      const seeded = await payloadsOf(kind);
      expect({ kind, seeded: seeded.length > 0 }).toEqual({ kind, seeded: true });
      for (const payload of seeded) expect(noticePayloadSchemas[kind].safeParse(payload).error).toBeUndefined();
    }
  });

  it('have the same shape in the demo data as the ones the API writes, for every kind', async () => {
    const recipients = await causeEveryKind();
    for (const kind of Object.values(NotificationKind)) {
      const live =
        kind === NotificationKind.PROFILE_REMINDER
          ? // No write causes a reminder yet; its builder is what a live one will be made with.
            [notices.profileReminder({ profileCompletionPercentage: 40 }).payload]
          : await payloadsOf(kind, recipients);
      expect({ kind, live: live.length > 0 }).toEqual({ kind, live: true });
      const seeded = await payloadsOf(kind);
      expect({ kind, shapes: shapes(seeded) }).toEqual({ kind, shapes: shapes(live) });
    }
  });
});
