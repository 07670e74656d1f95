import { randomUUID } from 'node:crypto';
import { fromGlobalId, toGlobalId } from '../src/common/global-id';
import { AuditLog } from '../src/modules/audit/audit-log.entity';
import { MentorApplicationReason } from '../src/modules/mentor-application/mentor-application.reasons';
import { grantRole } from '../src/modules/role/role.service';
import { Role } from '../src/modules/role/role';
import { UserRole } from '../src/modules/role/user-role.entity';
import { realPostgres } from './helpers/database';
import { createUser, manager, type UserWithToken } from './helpers/factories';
import { createApplicationKit, REVIEW, type ApplicationKit, type ApplicationShape } from './helpers/role-applications';
import { startTestServer, type TestServer } from './helpers/server';

const pgIt = realPostgres() ? it : it.skip;
const NOT_ALLOWED = { code: 'FORBIDDEN', reason: 'NOT_ALLOWED' };
const SIGN_IN_REQUIRED = { code: 'UNAUTHENTICATED', reason: 'SIGN_IN_REQUIRED' };

let server: TestServer;
let kit: ApplicationKit;
let admin: UserWithToken;
let frontend: string;
let design: string;
beforeAll(async () => {
  server = await startTestServer();
  kit = await createApplicationKit(server);
  ({ admin, frontend, design } = kit);
});
afterAll(() => server.close());

const apply = (user: UserWithToken, skillIds?: string[]): Promise<ApplicationShape> => kit.apply(user, skillIds);
const review = (id: string, approve: boolean, reason?: string): Promise<ApplicationShape> =>
  kit.review(id, approve, reason);
const effectiveRolesOf = (user: UserWithToken): Promise<string[]> => kit.effectiveRolesOf(user);

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
    const reviewed = { code: 'CONFLICT', reason: MentorApplicationReason.APPLICATION_ALREADY_REVIEWED };
    expect(await server.client(admin.token).refusal(REVIEW, { input })).toEqual(reviewed);
    expect(await server.client(admin.token).refusal(REVIEW, { input: { ...input, approve: true } })).toEqual(reviewed);
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
    expect(await server.client(learner.token).refusal(REVIEW, { input })).toEqual(NOT_ALLOWED);
    expect(await server.client(mentor.token).refusal(REVIEW, { input })).toEqual(NOT_ALLOWED);
    expect(await server.client().refusal(REVIEW, { input })).toEqual(SIGN_IN_REQUIRED);
    expect(await effectiveRolesOf(learner)).toEqual(['LEARNER']);
  });

  it('refuses an admin reviewing their own application (FORBIDDEN)', async () => {
    const otherAdmin = await createUser(server, { roles: [Role.ADMIN] });
    const application = await apply(otherAdmin);
    const input = { applicationId: application.id, approve: true };
    expect(await server.client(otherAdmin.token).refusal(REVIEW, { input })).toEqual({
      code: 'FORBIDDEN',
      reason: MentorApplicationReason.OWN_APPLICATION,
    });
  });

  it('answers NOT_FOUND for an unknown application and BAD_USER_INPUT for a wrong id type', async () => {
    const client = server.client(admin.token);
    const unknown = { applicationId: toGlobalId('MentorApplication', randomUUID()), approve: true };
    expect(await client.refusal(REVIEW, { input: unknown })).toEqual({ code: 'NOT_FOUND', reason: 'NOT_FOUND' });
    expect(await client.refusal(REVIEW, { input: { applicationId: admin.id, approve: true } })).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_INPUT',
    });
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
      const reviewed = { code: 'CONFLICT', reason: MentorApplicationReason.APPLICATION_ALREADY_REVIEWED };
      expect(results.filter((r) => r.errors?.length).map((r) => r.errors?.[0].extensions)).toEqual([
        expect.objectContaining(reviewed),
        expect.objectContaining(reviewed),
      ]);
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
