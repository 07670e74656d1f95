import { MentorshipStatus } from '../src/modules/mentorship/mentorship.entity';
import { Role } from '../src/modules/role/role';
import { createUser, type UserWithToken } from './helpers/factories';
import { createPair, notificationKindsOf } from './helpers/mentorship-factories';
import { startTestServer, type TestServer } from './helpers/server';

import { ADD_GOAL, ADD_NOTE, CANCEL, COMPLETE, NODE, type MentorshipData } from './helpers/mentorship-operations';

let server: TestServer;
let admin: UserWithToken;
beforeAll(async () => {
  server = await startTestServer();
  admin = await createUser(server, { roles: [Role.ADMIN] });
});
afterAll(() => server.close());

describe('completeMentorship', () => {
  it('lets either member complete an ACTIVE mentorship and notifies the other side', async () => {
    for (const side of ['mentor', 'mentee'] as const) {
      const pair = await createPair(server);
      const data = await server
        .client(pair[side].token)
        .ok<{ completeMentorship: { mentorship: MentorshipData } }>(COMPLETE, { input: { mentorshipId: pair.id } });
      expect(data.completeMentorship.mentorship.status).toBe('COMPLETED');
      expect(data.completeMentorship.mentorship.endedAt).not.toBeNull();
      const other = side === 'mentor' ? pair.mentee : pair.mentor;
      expect(await notificationKindsOf(server, other.user.id)).toEqual(['MENTORSHIP_UPDATED']);
    }
  });

  it('refuses a mentorship that is not ACTIVE (CONFLICT), non-members (NOT_FOUND) and admins (FORBIDDEN)', async () => {
    const pending = await createPair(server, MentorshipStatus.PENDING);
    expect(
      await server.client(pending.mentee.token).refusal(COMPLETE, { input: { mentorshipId: pending.id } }),
    ).toEqual({ code: 'CONFLICT', reason: 'MENTORSHIP_NOT_ACTIVE' });
    const active = await createPair(server);
    const stranger = await createUser(server);
    expect(await server.client(stranger.token).refusal(COMPLETE, { input: { mentorshipId: active.id } })).toEqual({
      code: 'NOT_FOUND',
      reason: 'NOT_FOUND',
    });
    expect(await server.client(admin.token).refusal(COMPLETE, { input: { mentorshipId: active.id } })).toEqual({
      code: 'FORBIDDEN',
      reason: 'NOT_A_MEMBER',
    });
  });
});

describe('cancelMentorship', () => {
  it('lets the mentee cancel a PENDING request', async () => {
    const { mentee, mentor, id } = await createPair(server, MentorshipStatus.PENDING);
    const data = await server.client(mentee.token).ok<{ cancelMentorship: { mentorship: MentorshipData } }>(CANCEL, {
      input: { mentorshipId: id },
    });
    expect(data.cancelMentorship.mentorship.status).toBe('CANCELLED');
    expect(await notificationKindsOf(server, mentor.user.id)).toEqual(['MENTORSHIP_UPDATED']);
  });

  it('is refused to the mentor (FORBIDDEN) and once the request is no longer PENDING (CONFLICT)', async () => {
    const pending = await createPair(server, MentorshipStatus.PENDING);
    expect(await server.client(pending.mentor.token).refusal(CANCEL, { input: { mentorshipId: pending.id } })).toEqual({
      code: 'FORBIDDEN',
      reason: 'ONLY_MENTEE_CANCELS',
    });
    const active = await createPair(server);
    expect(await server.client(active.mentee.token).refusal(CANCEL, { input: { mentorshipId: active.id } })).toEqual({
      code: 'CONFLICT',
      reason: 'MENTORSHIP_NOT_PENDING',
    });
  });
});

describe('addMentorshipGoal', () => {
  it('lets members append trimmed goals to a PENDING or ACTIVE mentorship', async () => {
    const { mentor, mentee, id } = await createPair(server, MentorshipStatus.PENDING);
    await server.client(mentee.token).ok(ADD_GOAL, { input: { mentorshipId: id, goal: ' First ' } });
    const data = await server
      .client(mentor.token)
      .ok<{ addMentorshipGoal: { mentorship: { goals: string[] } } }>(ADD_GOAL, {
        input: { mentorshipId: id, goal: 'Second' },
      });
    expect(data.addMentorshipGoal.mentorship.goals).toEqual(['First', 'Second']);
  });

  it('refuses blank or too long goals, ended mentorships, non-members and admins', async () => {
    const pair = await createPair(server);
    const client = server.client(pair.mentee.token);
    for (const goal of ['   ', 'x'.repeat(501)]) {
      expect(await client.refusal(ADD_GOAL, { input: { mentorshipId: pair.id, goal } })).toEqual({
        code: 'BAD_USER_INPUT',
        reason: 'INVALID_INPUT',
      });
    }
    const stranger = await createUser(server);
    expect(
      await server.client(stranger.token).refusal(ADD_GOAL, { input: { mentorshipId: pair.id, goal: 'x' } }),
    ).toEqual({ code: 'NOT_FOUND', reason: 'NOT_FOUND' });
    expect(await server.client(admin.token).refusal(ADD_GOAL, { input: { mentorshipId: pair.id, goal: 'x' } })).toEqual(
      { code: 'FORBIDDEN', reason: 'NOT_A_MEMBER' },
    );
    await client.ok(COMPLETE, { input: { mentorshipId: pair.id } });
    expect(await client.refusal(ADD_GOAL, { input: { mentorshipId: pair.id, goal: 'late' } })).toEqual({
      code: 'CONFLICT',
      reason: 'MENTORSHIP_CLOSED',
    });
  });
});

describe('addMentorshipNote', () => {
  it('lets members add notes, listed oldest first with their author', async () => {
    const { mentor, mentee, id } = await createPair(server);
    await server.client(mentee.token).ok(ADD_NOTE, { input: { mentorshipId: id, body: 'first' } });
    server.advanceClock(1000);
    const data = await server.client(mentor.token).ok<{
      addMentorshipNote: {
        note: { id: string; body: string; author: { id: string } };
        mentorship: { notes: Array<{ body: string; author: { id: string } }> };
      };
    }>(ADD_NOTE, { input: { mentorshipId: id, body: '  second  ' } });
    expect(data.addMentorshipNote.note).toMatchObject({ body: 'second', author: { id: mentor.id } });
    expect(data.addMentorshipNote.mentorship.notes).toEqual([
      { body: 'first', author: { id: mentee.id } },
      { body: 'second', author: { id: mentor.id } },
    ]);
    // Admins can read notes (and the note itself by id); strangers cannot see either.
    const adminView = await server.client(admin.token).ok<{ node: { status: string } }>(NODE, { id });
    expect(adminView.node.status).toBe('ACTIVE');
    const noteId = data.addMentorshipNote.note.id;
    expect((await server.client(admin.token).ok<{ node: { body: string } }>(NODE, { id: noteId })).node.body).toBe(
      'second',
    );
    const stranger = await createUser(server);
    expect((await server.client(stranger.token).ok<{ node: unknown }>(NODE, { id: noteId })).node).toBeNull();
  });

  it('refuses empty or over-long bodies, non-members (NOT_FOUND) and admins (FORBIDDEN)', async () => {
    const pair = await createPair(server);
    const client = server.client(pair.mentor.token);
    for (const body of [' ', 'x'.repeat(4001)]) {
      expect(await client.refusal(ADD_NOTE, { input: { mentorshipId: pair.id, body } })).toEqual({
        code: 'BAD_USER_INPUT',
        reason: 'INVALID_INPUT',
      });
    }
    const stranger = await createUser(server);
    const input = { mentorshipId: pair.id, body: 'hi' };
    expect(await server.client(stranger.token).refusal(ADD_NOTE, { input })).toEqual({
      code: 'NOT_FOUND',
      reason: 'NOT_FOUND',
    });
    expect(await server.client(admin.token).refusal(ADD_NOTE, { input })).toEqual({
      code: 'FORBIDDEN',
      reason: 'NOT_A_MEMBER',
    });
  });
});
