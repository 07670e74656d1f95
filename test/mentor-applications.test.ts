import { randomUUID } from 'node:crypto';
import { toGlobalId } from '../src/common/global-id';
import { MentorApplicationReason } from '../src/modules/mentor-application/mentor-application.reasons';
import { Role } from '../src/modules/role/role';
import { realPostgres } from './helpers/database';
import { createUser, type UserWithToken } from './helpers/factories';
import {
  APPLY,
  createApplicationKit,
  LIST,
  MOTIVATION,
  type ApplicationKit,
  type ApplicationShape,
  type ListData,
} from './helpers/role-applications';
import { startTestServer, type TestServer } from './helpers/server';

const pgIt = realPostgres() ? it : it.skip;
const SIGN_IN_REQUIRED = { code: 'UNAUTHENTICATED', reason: 'SIGN_IN_REQUIRED' };

let server: TestServer;
let kit: ApplicationKit;
let admin: UserWithToken;
let frontend: string;
let backend: string;
let design: string;
beforeAll(async () => {
  server = await startTestServer();
  kit = await createApplicationKit(server);
  ({ admin, frontend, backend, design } = kit);
});
afterAll(() => server.close());

const apply = (user: UserWithToken, skillIds?: string[]): Promise<ApplicationShape> => kit.apply(user, skillIds);
const review = (id: string, approve: boolean, reason?: string): Promise<ApplicationShape> =>
  kit.review(id, approve, reason);

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
    expect(await server.client(learner.token).refusal(APPLY, { input })).toEqual({
      code: 'CONFLICT',
      reason: MentorApplicationReason.APPLICATION_PENDING,
    });
  });

  it('refuses a user who already holds an effective MENTOR role (CONFLICT)', async () => {
    const mentor = await createUser(server, { roles: [Role.MENTOR] });
    const input = { motivation: MOTIVATION, skillIds: [design], experience: 'Some.' };
    expect(await server.client(mentor.token).refusal(APPLY, { input })).toEqual({
      code: 'CONFLICT',
      reason: MentorApplicationReason.ALREADY_MENTOR,
    });
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
    const unknownSkill = MentorApplicationReason.UNKNOWN_SKILL;
    const cases: Array<[Record<string, unknown>, string, string?]> = [
      [{ motivation: 'too short' }, 'motivation'],
      [{ motivation: `${' '.repeat(15)}short enough${' '.repeat(15)}` }, 'motivation'],
      [{ motivation: 'x'.repeat(4001) }, 'motivation'],
      [{ experience: '' }, 'experience'],
      [{ experience: '   ' }, 'experience'],
      [{ skillIds: [] }, 'skillIds'],
      [{ skillIds: Array.from({ length: 11 }, () => toGlobalId('Skill', randomUUID())) }, 'skillIds'],
      [{ skillIds: [toGlobalId('Skill', randomUUID())] }, 'skillIds', unknownSkill],
      [{ skillIds: [learner.id] }, 'skillIds'],
    ];
    for (const [override, field, reason = 'INVALID_INPUT'] of cases) {
      const input = { motivation: MOTIVATION, skillIds: [frontend], experience: 'Some.', ...override };
      const res = await client.request(APPLY, { input });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason });
      expect(res.errors?.[0].extensions?.fields).toHaveProperty(field);
    }
    const list = await client.ok<ListData>(LIST, {});
    expect(list.mentorApplications.totalCount).toBe(0);
  });

  it('refuses anonymous callers', async () => {
    const input = { motivation: MOTIVATION, skillIds: [frontend], experience: 'Some.' };
    expect(await server.client().refusal(APPLY, { input })).toEqual(SIGN_IN_REQUIRED);
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
      const pending = { code: 'CONFLICT', reason: MentorApplicationReason.APPLICATION_PENDING };
      expect(results.filter((r) => r.errors?.length).map((r) => r.errors?.[0].extensions)).toEqual(
        Array.from({ length: 9 }, () => expect.objectContaining(pending)),
      );
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
    expect(await server.client().refusal(LIST, {})).toEqual(SIGN_IN_REQUIRED);
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
