import { randomUUID } from 'node:crypto';
import { fromGlobalId, toGlobalId } from '../src/common/global-id';
import { AuditLog } from '../src/modules/audit/audit-log.entity';
import { grantRole } from '../src/modules/role/role.service';
import { Role } from '../src/modules/role/role';
import { UserRole } from '../src/modules/role/user-role.entity';
import { realPostgres } from './helpers/database';
import { createUser, findSkill, manager, type UserWithToken } from './helpers/factories';
import { startTestServer, type TestServer } from './helpers/server';

const pgIt = realPostgres() ? it : it.skip;

let server: TestServer;
let admin: UserWithToken;
let frontend: string;
let backend: string;
let design: string;
beforeAll(async () => {
  server = await startTestServer();
  admin = await createUser(server, { roles: [Role.ADMIN] });
  frontend = toGlobalId('Skill', (await findSkill(server, 'frontend')).id);
  backend = toGlobalId('Skill', (await findSkill(server, 'backend')).id);
  design = toGlobalId('Skill', (await findSkill(server, 'design')).id);
});
afterAll(() => server.close());

const MOTIVATION = 'I have shipped web apps for years and love teaching.';

const APPLY = `mutation ($input: ApplyForMentorInput!) {
  applyForMentor(input: $input) {
    application { id status motivation experience reviewedBy { id } reviewReason reviewedAt applicant { id } skills { id name } }
  }
}`;

interface ApplicationShape {
  id: string;
  status: string;
  motivation: string;
  experience: string;
  reviewedBy: { id: string } | null;
  reviewReason: string | null;
  reviewedAt: string | null;
  applicant: { id: string };
  skills: Array<{ id: string; name: string }>;
}

const REVIEW = `mutation ($input: ReviewMentorApplicationInput!) {
  reviewMentorApplication(input: $input) {
    application { id status reviewReason reviewedAt reviewedBy { id } applicant { id } skills { name } }
  }
}`;

const LIST = `query ($first: Int, $after: String, $status: MentorApplicationStatus) {
  mentorApplications(first: $first, after: $after, status: $status) {
    totalCount
    nodes { id status applicant { id } skills { name } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface ListData {
  mentorApplications: {
    totalCount: number;
    nodes: Array<{ id: string; status: string; applicant: { id: string }; skills: Array<{ name: string }> }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

async function apply(user: UserWithToken, skillIds: string[] = [frontend, backend]): Promise<ApplicationShape> {
  const data = await server.client(user.token).ok<{ applyForMentor: { application: ApplicationShape } }>(APPLY, {
    input: { motivation: MOTIVATION, skillIds, experience: 'Five years of React and Node.' },
  });
  return data.applyForMentor.application;
}

async function review(applicationId: string, approve: boolean, reason?: string): Promise<ApplicationShape> {
  const data = await server
    .client(admin.token)
    .ok<{ reviewMentorApplication: { application: ApplicationShape } }>(REVIEW, {
      input: { applicationId, approve, reason },
    });
  return data.reviewMentorApplication.application;
}

async function effectiveRolesOf(user: UserWithToken): Promise<string[]> {
  const data = await server
    .client(user.token)
    .ok<{ viewer: { effectiveRoles: string[] } }>(`{ viewer { effectiveRoles } }`);
  return data.viewer.effectiveRoles;
}

describe('applyForMentor', () => {
  it('files a PENDING application with its skills', async () => {
    const learner = await createUser(server);
    const application = await apply(learner, [frontend, backend, frontend]);
    expect(application).toMatchObject({
      status: 'PENDING',
      motivation: MOTIVATION,
      experience: 'Five years of React and Node.',
      reviewedBy: null,
      reviewReason: null,
      reviewedAt: null,
      applicant: { id: learner.id },
    });
    expect(application.skills.map((s) => s.name)).toEqual(['Backend', 'Frontend']);
  });

  it('refuses a second application while one is pending (CONFLICT)', async () => {
    const learner = await createUser(server);
    await apply(learner);
    const input = { motivation: MOTIVATION, skillIds: [design], experience: 'Some.' };
    expect(await server.client(learner.token).errorCode(APPLY, { input })).toBe('CONFLICT');
  });

  it('refuses a user who already holds an effective MENTOR role (CONFLICT)', async () => {
    const mentor = await createUser(server, { roles: [Role.MENTOR] });
    const input = { motivation: MOTIVATION, skillIds: [design], experience: 'Some.' };
    expect(await server.client(mentor.token).errorCode(APPLY, { input })).toBe('CONFLICT');
  });

  it('accepts a new application once the previous one was rejected', async () => {
    const learner = await createUser(server);
    const first = await apply(learner);
    await review(first.id, false, 'Not yet');
    const second = await apply(learner, [design]);
    expect(second.status).toBe('PENDING');
    expect(second.id).not.toBe(first.id);
  });

  it('validates motivation, experience and skills (BAD_USER_INPUT with fields)', async () => {
    const learner = await createUser(server);
    const client = server.client(learner.token);
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ motivation: 'too short' }, 'motivation'],
      [{ motivation: `${' '.repeat(15)}short enough${' '.repeat(15)}` }, 'motivation'],
      [{ motivation: 'x'.repeat(4001) }, 'motivation'],
      [{ experience: '' }, 'experience'],
      [{ experience: '   ' }, 'experience'],
      [{ skillIds: [] }, 'skillIds'],
      [{ skillIds: Array.from({ length: 11 }, () => toGlobalId('Skill', randomUUID())) }, 'skillIds'],
      [{ skillIds: [toGlobalId('Skill', randomUUID())] }, 'skillIds'],
      [{ skillIds: [learner.id] }, 'skillIds'],
    ];
    for (const [override, field] of cases) {
      const input = { motivation: MOTIVATION, skillIds: [frontend], experience: 'Some.', ...override };
      const res = await client.request(APPLY, { input });
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.fields).toHaveProperty(field);
    }
    const list = await client.ok<ListData>(LIST, {});
    expect(list.mentorApplications.totalCount).toBe(0);
  });

  it('refuses anonymous callers', async () => {
    const input = { motivation: MOTIVATION, skillIds: [frontend], experience: 'Some.' };
    expect(await server.client().errorCode(APPLY, { input })).toBe('UNAUTHENTICATED');
  });

  pgIt(
    'lets only one of ten concurrent applications through (needs real PostgreSQL: PGlite runs one statement at a time)',
    async () => {
      const learner = await createUser(server);
      const input = { motivation: MOTIVATION, skillIds: [frontend], experience: 'Some.' };
      const results = await Promise.all(
        Array.from({ length: 10 }, () => server.client(learner.token).request(APPLY, { input })),
      );
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      expect(results.filter((r) => r.errors?.[0].extensions?.code === 'CONFLICT')).toHaveLength(9);
    },
  );
});

describe('mentorApplications', () => {
  let a: UserWithToken;
  let b: UserWithToken;
  let approvedId: string;
  let pendingId: string;
  let otherId: string;
  beforeAll(async () => {
    a = await createUser(server);
    b = await createUser(server);
    approvedId = (await apply(a)).id;
    await review(approvedId, true);
    otherId = (await apply(b, [design])).id;
    pendingId = otherId;
  });

  it('shows a non-admin only their own applications', async () => {
    const data = await server.client(a.token).ok<ListData>(LIST, { first: 50 });
    expect(data.mentorApplications.nodes.map((n) => n.id)).toEqual([approvedId]);
    expect(data.mentorApplications.totalCount).toBe(1);
  });

  it('shows an admin everyone’s, newest first, filtered by status', async () => {
    const all = await server.client(admin.token).ok<ListData>(LIST, { first: 100 });
    const ids = all.mentorApplications.nodes.map((n) => n.id);
    expect(ids.indexOf(otherId)).toBeLessThan(ids.indexOf(approvedId));
    expect(ids[0]).toBe(otherId);
    const pending = await server.client(admin.token).ok<ListData>(LIST, { first: 100, status: 'PENDING' });
    expect(pending.mentorApplications.nodes.every((n) => n.status === 'PENDING')).toBe(true);
    expect(pending.mentorApplications.nodes.map((n) => n.id)).toContain(pendingId);
    expect(pending.mentorApplications.nodes.map((n) => n.id)).not.toContain(approvedId);
    const page = await server.client(admin.token).ok<ListData>(LIST, { first: 1 });
    const next = await server
      .client(admin.token)
      .ok<ListData>(LIST, { first: 1, after: page.mentorApplications.pageInfo.endCursor });
    expect(next.mentorApplications.nodes[0].id).toBe(ids[1]);
  });

  it('refuses anonymous callers', async () => {
    expect(await server.client().errorCode(LIST, {})).toBe('UNAUTHENTICATED');
  });

  it('batches applicants and skills: the statement count does not grow with the page', async () => {
    for (let i = 0; i < 6; i += 1) await apply(await createUser(server), [frontend, design]);
    const statementsFor = async (first: number): Promise<number> => {
      const before = server.db.queries.count;
      const data = await server.client(admin.token).ok<ListData>(LIST, { first });
      expect(data.mentorApplications.nodes).toHaveLength(first);
      return server.db.queries.count - before;
    };
    expect(await statementsFor(8)).toBe(await statementsFor(2));
  });
});

describe('reviewMentorApplication', () => {
  it('approves: MENTOR becomes effective, skills become mentor skills, audit, notification and badge', async () => {
    const learner = await createUser(server);
    const application = await apply(learner, [frontend, design]);
    expect(await effectiveRolesOf(learner)).not.toContain('MENTOR');

    const reviewed = await review(application.id, true, '  Great profile ');
    expect(reviewed).toMatchObject({
      id: application.id,
      status: 'APPROVED',
      reviewReason: 'Great profile',
      reviewedBy: { id: admin.id },
      applicant: { id: learner.id },
    });
    expect(reviewed.reviewedAt).not.toBeNull();
    expect(await effectiveRolesOf(learner)).toEqual(expect.arrayContaining(['LEARNER', 'MENTOR']));

    const db = manager(server);
    const role = await db.findOneOrFail(UserRole, { where: { userId: learner.user.id, role: Role.MENTOR } });
    expect(role).toMatchObject({ assignedById: admin.user.id, reason: 'Great profile', effectiveEndDate: null });
    const skills: Array<{ slug: string }> = await db.query(
      `SELECT s.slug FROM user_mentor_skills ums JOIN skills s ON s.id = ums.skill_id WHERE ums.user_id = $1 ORDER BY s.slug`,
      [learner.user.id],
    );
    expect(skills.map((s) => s.slug)).toEqual(['design', 'frontend']);

    const audits = await db.find(AuditLog, { where: { actorId: admin.user.id }, order: { createdAt: 'ASC' } });
    const reviewEntry = audits.find((e) => e.action === 'mentor_application.review' && e.reason === 'Great profile');
    expect(reviewEntry).toMatchObject({ targetType: 'MentorApplication', after: { status: 'APPROVED' } });
    const roleEntry = audits.find((e) => e.action === 'role.assign' && e.targetId === learner.user.id);
    expect(roleEntry?.after).toMatchObject({ role: 'MENTOR', userRoleId: role.id });

    const mine = await server.client(learner.token).ok<{
      notifications: { nodes: Array<{ kind: string; payload: Record<string, unknown> }> };
      viewer: { earnedBadges: Array<{ badge: { name: string } }> };
    }>(`{ notifications(first: 10) { nodes { kind payload } } viewer { earnedBadges { badge { name } } } }`);
    expect(mine.notifications.nodes.map((n) => n.kind).sort()).toEqual(['APPLICATION_REVIEWED', 'BADGE_EARNED']);
    expect(mine.notifications.nodes.find((n) => n.kind === 'APPLICATION_REVIEWED')?.payload).toEqual({
      applicationId: application.id,
      status: 'APPROVED',
      reason: 'Great profile',
    });
    expect(mine.viewer.earnedBadges).toEqual([{ badge: { name: 'MENTOR_APPROVED' } }]);
  });

  it('rejects: no role, a notification, the applicant sees the reason', async () => {
    const learner = await createUser(server);
    const application = await apply(learner);
    const reviewed = await review(application.id, false, 'Needs more experience');
    expect(reviewed).toMatchObject({ status: 'REJECTED', reviewReason: 'Needs more experience' });
    expect(await effectiveRolesOf(learner)).toEqual(['LEARNER']);
    const mine = await server.client(learner.token).ok<{
      notifications: { nodes: Array<{ kind: string; payload: { status: string } }> };
      viewer: { badgeProgress: { earned: number } };
    }>(`{ notifications(first: 10) { nodes { kind payload } } viewer { badgeProgress { earned } } }`);
    expect(mine.notifications.nodes).toEqual([
      { kind: 'APPLICATION_REVIEWED', payload: expect.objectContaining({ status: 'REJECTED' }) },
    ]);
    expect(mine.viewer.badgeProgress.earned).toBe(0);
    const audit = await manager(server).findOneOrFail(AuditLog, {
      where: { action: 'mentor_application.review', reason: 'Needs more experience' },
    });
    expect(audit.after).toMatchObject({ status: 'REJECTED' });
  });

  it('refuses to review an application twice (CONFLICT)', async () => {
    const learner = await createUser(server);
    const application = await apply(learner);
    await review(application.id, true);
    const input = { applicationId: application.id, approve: false };
    expect(await server.client(admin.token).errorCode(REVIEW, { input })).toBe('CONFLICT');
    expect(await server.client(admin.token).errorCode(REVIEW, { input: { ...input, approve: true } })).toBe('CONFLICT');
    expect(await manager(server).count(UserRole, { where: { userId: learner.user.id, role: Role.MENTOR } })).toBe(1);
  });

  it('approves without a duplicate role when the applicant became a MENTOR meanwhile', async () => {
    const learner = await createUser(server);
    const application = await apply(learner);
    const db = manager(server);
    await grantRole(db, { userId: learner.user.id, role: Role.MENTOR, effectiveStartDate: server.deps.clock() });
    expect((await review(application.id, true)).status).toBe('APPROVED');
    expect(await db.count(UserRole, { where: { userId: learner.user.id, role: Role.MENTOR } })).toBe(1);
    expect(await effectiveRolesOf(learner)).toContain('MENTOR');
  });

  it('makes MENTOR effective now, up to a MENTOR window that starts later', async () => {
    const learner = await createUser(server);
    const application = await apply(learner);
    const db = manager(server);
    const later = new Date(server.deps.clock().getTime() + 7 * 24 * 3600_000);
    await grantRole(db, { userId: learner.user.id, role: Role.MENTOR, effectiveStartDate: later });
    await review(application.id, true);
    const windows = await db.find(UserRole, {
      where: { userId: learner.user.id, role: Role.MENTOR },
      order: { effectiveStartDate: 'ASC' },
    });
    expect(windows).toHaveLength(2);
    expect(windows[0].effectiveEndDate?.getTime()).toBe(later.getTime());
    expect(await effectiveRolesOf(learner)).toContain('MENTOR');
  });

  it('refuses learners and mentors (FORBIDDEN) and anonymous callers (UNAUTHENTICATED)', async () => {
    const learner = await createUser(server);
    const mentor = await createUser(server, { roles: [Role.MENTOR] });
    const application = await apply(learner);
    const input = { applicationId: application.id, approve: true };
    expect(await server.client(learner.token).errorCode(REVIEW, { input })).toBe('FORBIDDEN');
    expect(await server.client(mentor.token).errorCode(REVIEW, { input })).toBe('FORBIDDEN');
    expect(await server.client().errorCode(REVIEW, { input })).toBe('UNAUTHENTICATED');
    expect(await effectiveRolesOf(learner)).toEqual(['LEARNER']);
  });

  it('refuses an admin reviewing their own application (FORBIDDEN)', async () => {
    const otherAdmin = await createUser(server, { roles: [Role.ADMIN] });
    const application = await apply(otherAdmin);
    const input = { applicationId: application.id, approve: true };
    expect(await server.client(otherAdmin.token).errorCode(REVIEW, { input })).toBe('FORBIDDEN');
  });

  it('answers NOT_FOUND for an unknown application and BAD_USER_INPUT for a wrong id type', async () => {
    const client = server.client(admin.token);
    const unknown = { applicationId: toGlobalId('MentorApplication', randomUUID()), approve: true };
    expect(await client.errorCode(REVIEW, { input: unknown })).toBe('NOT_FOUND');
    expect(await client.errorCode(REVIEW, { input: { applicationId: admin.id, approve: true } })).toBe(
      'BAD_USER_INPUT',
    );
  });

  pgIt(
    'lets exactly one of two concurrent reviews win (needs real PostgreSQL: PGlite runs one statement at a time)',
    async () => {
      const learner = await createUser(server);
      const application = await apply(learner);
      const secondAdmin = await createUser(server, { roles: [Role.ADMIN] });
      const results = await Promise.all([
        server.client(admin.token).request(REVIEW, { input: { applicationId: application.id, approve: true } }),
        server.client(secondAdmin.token).request(REVIEW, { input: { applicationId: application.id, approve: false } }),
        server.client(admin.token).request(REVIEW, { input: { applicationId: application.id, approve: true } }),
      ]);
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      expect(results.filter((r) => r.errors?.[0].extensions?.code === 'CONFLICT')).toHaveLength(2);
      const db = manager(server);
      const targetId = fromGlobalId(application.id).id;
      expect(await db.count(AuditLog, { where: { action: 'mentor_application.review', targetId } })).toBe(1);
      const approved = results.findIndex((r) => !r.errors) !== 1;
      expect(await db.count(UserRole, { where: { userId: learner.user.id, role: Role.MENTOR } })).toBe(
        approved ? 1 : 0,
      );
    },
  );
});

describe('node(id) for a MentorApplication', () => {
  it('returns it to its applicant and admins, null to other users', async () => {
    const learner = await createUser(server);
    const other = await createUser(server);
    const application = await apply(learner);
    const query = `query ($id: ID!) { node(id: $id) { id ... on MentorApplication { status } } }`;
    for (const token of [learner.token, admin.token]) {
      const data = await server.client(token).ok<{ node: { id: string; status: string } | null }>(query, {
        id: application.id,
      });
      expect(data.node).toEqual({ id: application.id, status: 'PENDING' });
    }
    const hidden = await server.client(other.token).ok<{ node: null }>(query, { id: application.id });
    expect(hidden.node).toBeNull();
  });
});
