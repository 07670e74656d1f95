import { toGlobalId } from '../src/common/global-id';
import { MentorshipStatus } from '../src/modules/mentorship/mentorship.entity';
import { Role } from '../src/modules/role/role';
import { UserStatus } from '../src/modules/user/user.entity';
import { realPostgres } from './helpers/database';
import { createUser, manager, type UserWithToken } from './helpers/factories';
import { badgesOf, createPair, endMentorRole, notificationKindsOf } from './helpers/mentorship-factories';
import { startTestServer, type TestServer } from './helpers/server';

import {
  COMPLETE,
  REQUEST,
  RESPOND,
  mentorUser as mentorUserOn,
  type MentorshipData,
} from './helpers/mentorship-operations';

const pgIt = realPostgres() ? it : it.skip;

let server: TestServer;
let admin: UserWithToken;
beforeAll(async () => {
  server = await startTestServer();
  admin = await createUser(server, { roles: [Role.ADMIN] });
});
afterAll(() => server.close());

const mentorUser = (): Promise<UserWithToken> => mentorUserOn(server);

describe('requestMentorship', () => {
  it('creates a PENDING request from the viewer to an active mentor, and notifies the mentor', async () => {
    const mentor = await mentorUser();
    const mentee = await createUser(server);
    const data = await server.client(mentee.token).ok<{ requestMentorship: { mentorship: MentorshipData } }>(REQUEST, {
      input: { mentorId: mentor.id, goals: ['  Learn SQL  ', 'Ship a side project'] },
    });
    expect(data.requestMentorship.mentorship).toMatchObject({
      status: 'PENDING',
      goals: ['Learn SQL', 'Ship a side project'],
      startedAt: null,
      endedAt: null,
      mentor: { id: mentor.id },
      mentee: { id: mentee.id },
    });
    expect(await notificationKindsOf(server, mentor.user.id)).toEqual(['MENTORSHIP_REQUESTED']);
  });

  it('refuses a user who holds no effective MENTOR role (BAD_USER_INPUT)', async () => {
    const learner = await createUser(server);
    const former = await mentorUser();
    await endMentorRole(server, former.user.id);
    const mentee = await createUser(server);
    for (const target of [learner, former]) {
      const res = await server.client(mentee.token).request(REQUEST, { input: { mentorId: target.id } });
      expect(res.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'MENTOR_UNAVAILABLE',
        fields: { mentorId: expect.any(String) },
      });
    }
  });

  it('refuses a suspended mentor (BAD_USER_INPUT), yourself (BAD_USER_INPUT) and an unknown user (NOT_FOUND)', async () => {
    const suspended = await createUser(server, { roles: [Role.MENTOR], status: UserStatus.SUSPENDED });
    const mentor = await mentorUser();
    const client = server.client(mentor.token);
    expect(await client.refusal(REQUEST, { input: { mentorId: suspended.id } })).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'MENTOR_UNAVAILABLE',
    });
    expect(await client.refusal(REQUEST, { input: { mentorId: mentor.id } })).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'SELF_MENTORSHIP',
    });
    const unknown = toGlobalId('User', '00000000-0000-4000-8000-000000000000');
    expect(await client.refusal(REQUEST, { input: { mentorId: unknown } })).toEqual({
      code: 'NOT_FOUND',
      reason: 'NOT_FOUND',
    });
    const wrongType = toGlobalId('Task', mentor.user.id);
    expect(await client.refusal(REQUEST, { input: { mentorId: wrongType } })).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_INPUT',
    });
  });

  it('refuses goals that are blank or longer than 500 characters', async () => {
    const mentor = await mentorUser();
    const client = server.client((await createUser(server)).token);
    for (const goals of [['   '], ['x'.repeat(501)], ['']]) {
      const res = await client.request(REQUEST, { input: { mentorId: mentor.id, goals } });
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('refuses a second open mentorship for the same pair (CONFLICT), but allows one after the first ended', async () => {
    const mentor = await mentorUser();
    const mentee = await createUser(server);
    const client = server.client(mentee.token);
    const first = await client.ok<{ requestMentorship: { mentorship: MentorshipData } }>(REQUEST, {
      input: { mentorId: mentor.id },
    });
    expect(await client.refusal(REQUEST, { input: { mentorId: mentor.id } })).toEqual({
      code: 'CONFLICT',
      reason: 'MENTORSHIP_ALREADY_OPEN',
    });
    await server
      .client(mentor.token)
      .ok(RESPOND, { input: { mentorshipId: first.requestMentorship.mentorship.id, accept: true } });
    expect(await client.refusal(REQUEST, { input: { mentorId: mentor.id } })).toEqual({
      code: 'CONFLICT',
      reason: 'MENTORSHIP_ALREADY_OPEN',
    });
    await client.ok(COMPLETE, { input: { mentorshipId: first.requestMentorship.mentorship.id } });
    const again = await client.ok<{ requestMentorship: { mentorship: MentorshipData } }>(REQUEST, {
      input: { mentorId: mentor.id },
    });
    expect(again.requestMentorship.mentorship.status).toBe('PENDING');
  });

  it('is refused to anonymous callers', async () => {
    const mentor = await mentorUser();
    expect(await server.client().refusal(REQUEST, { input: { mentorId: mentor.id } })).toEqual({
      code: 'UNAUTHENTICATED',
      reason: 'SIGN_IN_REQUIRED',
    });
  });

  pgIt(
    'lets exactly one of 100 concurrent requests for a pair in, the rest get CONFLICT (needs real PostgreSQL: PGlite runs one statement at a time)',
    async () => {
      const mentor = await mentorUser();
      const mentee = await createUser(server);
      const client = server.client(mentee.token);
      const results = await Promise.all(
        Array.from({ length: 100 }, () => client.request(REQUEST, { input: { mentorId: mentor.id } })),
      );
      const codes = results.map((r) => r.errors?.[0].extensions?.code ?? 'OK');
      expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
      expect(codes.filter((c) => c === 'CONFLICT')).toHaveLength(99);
      const [{ n }] = await manager(server).query(
        `SELECT count(*)::int AS n FROM mentorships WHERE mentor_id = $1 AND mentee_id = $2`,
        [mentor.user.id, mentee.user.id],
      );
      expect(n).toBe(1);
    },
  );
});

describe('respondToMentorship', () => {
  it('lets the mentor accept: ACTIVE with startedAt, the mentee notified, both badged', async () => {
    const { mentor, mentee, id } = await createPair(server, MentorshipStatus.PENDING);
    const data = await server
      .client(mentor.token)
      .ok<{ respondToMentorship: { mentorship: MentorshipData } }>(RESPOND, {
        input: { mentorshipId: id, accept: true },
      });
    expect(data.respondToMentorship.mentorship.status).toBe('ACTIVE');
    expect(data.respondToMentorship.mentorship.startedAt).not.toBeNull();
    expect(await notificationKindsOf(server, mentee.user.id)).toContain('MENTORSHIP_UPDATED');
    expect(await badgesOf(server, mentor.user.id)).toContain('FIRST_MENTORSHIP_STARTED');
    expect(await badgesOf(server, mentee.user.id)).toContain('FIRST_MENTORSHIP_STARTED');
  });

  it('lets the mentor decline: DECLINED with endedAt, no badge', async () => {
    const { mentor, mentee, id } = await createPair(server, MentorshipStatus.PENDING);
    const data = await server
      .client(mentor.token)
      .ok<{ respondToMentorship: { mentorship: MentorshipData } }>(RESPOND, {
        input: { mentorshipId: id, accept: false },
      });
    expect(data.respondToMentorship.mentorship).toMatchObject({ status: 'DECLINED', startedAt: null });
    expect(data.respondToMentorship.mentorship.endedAt).not.toBeNull();
    expect(await badgesOf(server, mentee.user.id)).not.toContain('FIRST_MENTORSHIP_STARTED');
  });

  it('is refused to the mentee and to admins (FORBIDDEN), and hidden from strangers (NOT_FOUND)', async () => {
    const { mentee, id } = await createPair(server, MentorshipStatus.PENDING);
    const stranger = await createUser(server);
    const input = { mentorshipId: id, accept: true };
    expect(await server.client(mentee.token).refusal(RESPOND, { input })).toEqual({
      code: 'FORBIDDEN',
      reason: 'ONLY_MENTOR_RESPONDS',
    });
    expect(await server.client(admin.token).refusal(RESPOND, { input })).toEqual({
      code: 'FORBIDDEN',
      reason: 'ONLY_MENTOR_RESPONDS',
    });
    expect(await server.client(stranger.token).refusal(RESPOND, { input })).toEqual({
      code: 'NOT_FOUND',
      reason: 'NOT_FOUND',
    });
  });

  it('answers only a PENDING request (CONFLICT afterwards)', async () => {
    const { mentor, id } = await createPair(server, MentorshipStatus.PENDING);
    const client = server.client(mentor.token);
    await client.ok(RESPOND, { input: { mentorshipId: id, accept: false } });
    expect(await client.refusal(RESPOND, { input: { mentorshipId: id, accept: true } })).toEqual({
      code: 'CONFLICT',
      reason: 'MENTORSHIP_NOT_PENDING',
    });
  });

  it('refuses to accept once the mentor no longer holds a MENTOR role (FORBIDDEN)', async () => {
    const { mentor, id } = await createPair(server, MentorshipStatus.PENDING);
    await endMentorRole(server, mentor.user.id);
    expect(await server.client(mentor.token).refusal(RESPOND, { input: { mentorshipId: id, accept: true } })).toEqual({
      code: 'FORBIDDEN',
      reason: 'MENTOR_ROLE_REQUIRED',
    });
  });
  pgIt(
    'lets only one of concurrent accept/decline answers win, the rest get CONFLICT (needs real PostgreSQL: PGlite runs one statement at a time)',
    async () => {
      const { mentor, id } = await createPair(server, MentorshipStatus.PENDING);
      const client = server.client(mentor.token);
      const results = await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          client.request(RESPOND, { input: { mentorshipId: id, accept: i % 2 === 0 } }),
        ),
      );
      const codes = results.map((r) => r.errors?.[0].extensions?.code ?? 'OK');
      expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
      expect(codes.filter((c) => c === 'CONFLICT')).toHaveLength(5);
    },
  );
});
