import { toGlobalId } from '../src/common/global-id';
import { MentorshipStatus } from '../src/modules/mentorship/mentorship.entity';
import { Role } from '../src/modules/role/role';
import { UserStatus } from '../src/modules/user/user.entity';
import { realPostgres } from './helpers/database';
import { createUser, manager, type UserWithToken } from './helpers/factories';
import {
  badgesOf,
  createMentorship,
  createPair,
  endMentorRole,
  notificationKindsOf,
} from './helpers/mentorship-factories';
import { startTestServer, type TestServer } from './helpers/server';

const pgIt = realPostgres() ? it : it.skip;

let server: TestServer;
let admin: UserWithToken;
beforeAll(async () => {
  server = await startTestServer();
  admin = await createUser(server, { roles: [Role.ADMIN] });
});
afterAll(() => server.close());

const FIELDS = 'id status goals startedAt endedAt mentor { id } mentee { id }';
const REQUEST = `mutation ($input: RequestMentorshipInput!) { requestMentorship(input: $input) { mentorship { ${FIELDS} } } }`;
const RESPOND = `mutation ($input: RespondToMentorshipInput!) { respondToMentorship(input: $input) { mentorship { ${FIELDS} } } }`;
const COMPLETE = `mutation ($input: CompleteMentorshipInput!) { completeMentorship(input: $input) { mentorship { ${FIELDS} } } }`;
const CANCEL = `mutation ($input: CancelMentorshipInput!) { cancelMentorship(input: $input) { mentorship { ${FIELDS} } } }`;
const ADD_GOAL = `mutation ($input: AddMentorshipGoalInput!) { addMentorshipGoal(input: $input) { mentorship { id goals } } }`;
const ADD_NOTE = `mutation ($input: AddMentorshipNoteInput!) {
  addMentorshipNote(input: $input) { note { id body author { id } createdAt } mentorship { notes { body author { id } } } }
}`;
const LIST = `query ($first: Int, $after: String, $last: Int, $before: String, $filter: MentorshipFilter) {
  mentorships(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
    totalCount nodes { id status } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;
const NODE = `query ($id: ID!) { node(id: $id) { id ... on Mentorship { status } ... on MentorshipNote { body } } }`;

interface MentorshipData {
  id: string;
  status: string;
  goals: string[];
  startedAt: string | null;
  endedAt: string | null;
  mentor: { id: string };
  mentee: { id: string };
}
interface ListData {
  mentorships: {
    totalCount: number;
    nodes: Array<{ id: string; status: string }>;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string; endCursor: string };
  };
}

const mentorUser = (): Promise<UserWithToken> => createUser(server, { roles: [Role.MENTOR] });

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
        fields: { mentorId: expect.any(String) },
      });
    }
  });

  it('refuses a suspended mentor (BAD_USER_INPUT), yourself (BAD_USER_INPUT) and an unknown user (NOT_FOUND)', async () => {
    const suspended = await createUser(server, { roles: [Role.MENTOR], status: UserStatus.SUSPENDED });
    const mentor = await mentorUser();
    const client = server.client(mentor.token);
    expect(await client.errorCode(REQUEST, { input: { mentorId: suspended.id } })).toBe('BAD_USER_INPUT');
    expect(await client.errorCode(REQUEST, { input: { mentorId: mentor.id } })).toBe('BAD_USER_INPUT');
    const unknown = toGlobalId('User', '00000000-0000-4000-8000-000000000000');
    expect(await client.errorCode(REQUEST, { input: { mentorId: unknown } })).toBe('NOT_FOUND');
    const wrongType = toGlobalId('Task', mentor.user.id);
    expect(await client.errorCode(REQUEST, { input: { mentorId: wrongType } })).toBe('BAD_USER_INPUT');
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
    expect(await client.errorCode(REQUEST, { input: { mentorId: mentor.id } })).toBe('CONFLICT');
    await server
      .client(mentor.token)
      .ok(RESPOND, { input: { mentorshipId: first.requestMentorship.mentorship.id, accept: true } });
    expect(await client.errorCode(REQUEST, { input: { mentorId: mentor.id } })).toBe('CONFLICT');
    await client.ok(COMPLETE, { input: { mentorshipId: first.requestMentorship.mentorship.id } });
    const again = await client.ok<{ requestMentorship: { mentorship: MentorshipData } }>(REQUEST, {
      input: { mentorId: mentor.id },
    });
    expect(again.requestMentorship.mentorship.status).toBe('PENDING');
  });

  it('is refused to anonymous callers', async () => {
    const mentor = await mentorUser();
    expect(await server.client().errorCode(REQUEST, { input: { mentorId: mentor.id } })).toBe('UNAUTHENTICATED');
  });

  pgIt(
    'lets exactly one of 10 concurrent requests for a pair in, the rest get CONFLICT (needs real PostgreSQL: PGlite runs one statement at a time)',
    async () => {
      const mentor = await mentorUser();
      const mentee = await createUser(server);
      const client = server.client(mentee.token);
      const results = await Promise.all(
        Array.from({ length: 10 }, () => client.request(REQUEST, { input: { mentorId: mentor.id } })),
      );
      const codes = results.map((r) => r.errors?.[0].extensions?.code ?? 'OK');
      expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
      expect(codes.filter((c) => c === 'CONFLICT')).toHaveLength(9);
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
    expect(await server.client(mentee.token).errorCode(RESPOND, { input })).toBe('FORBIDDEN');
    expect(await server.client(admin.token).errorCode(RESPOND, { input })).toBe('FORBIDDEN');
    expect(await server.client(stranger.token).errorCode(RESPOND, { input })).toBe('NOT_FOUND');
  });

  it('answers only a PENDING request (CONFLICT afterwards)', async () => {
    const { mentor, id } = await createPair(server, MentorshipStatus.PENDING);
    const client = server.client(mentor.token);
    await client.ok(RESPOND, { input: { mentorshipId: id, accept: false } });
    expect(await client.errorCode(RESPOND, { input: { mentorshipId: id, accept: true } })).toBe('CONFLICT');
  });

  it('refuses to accept once the mentor no longer holds a MENTOR role (FORBIDDEN)', async () => {
    const { mentor, id } = await createPair(server, MentorshipStatus.PENDING);
    await endMentorRole(server, mentor.user.id);
    expect(await server.client(mentor.token).errorCode(RESPOND, { input: { mentorshipId: id, accept: true } })).toBe(
      'FORBIDDEN',
    );
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
    expect(await server.client(pending.mentee.token).errorCode(COMPLETE, { input: { mentorshipId: pending.id } })).toBe(
      'CONFLICT',
    );
    const active = await createPair(server);
    const stranger = await createUser(server);
    expect(await server.client(stranger.token).errorCode(COMPLETE, { input: { mentorshipId: active.id } })).toBe(
      'NOT_FOUND',
    );
    expect(await server.client(admin.token).errorCode(COMPLETE, { input: { mentorshipId: active.id } })).toBe(
      'FORBIDDEN',
    );
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
    expect(await server.client(pending.mentor.token).errorCode(CANCEL, { input: { mentorshipId: pending.id } })).toBe(
      'FORBIDDEN',
    );
    const active = await createPair(server);
    expect(await server.client(active.mentee.token).errorCode(CANCEL, { input: { mentorshipId: active.id } })).toBe(
      'CONFLICT',
    );
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
      expect(await client.errorCode(ADD_GOAL, { input: { mentorshipId: pair.id, goal } })).toBe('BAD_USER_INPUT');
    }
    const stranger = await createUser(server);
    expect(
      await server.client(stranger.token).errorCode(ADD_GOAL, { input: { mentorshipId: pair.id, goal: 'x' } }),
    ).toBe('NOT_FOUND');
    expect(await server.client(admin.token).errorCode(ADD_GOAL, { input: { mentorshipId: pair.id, goal: 'x' } })).toBe(
      'FORBIDDEN',
    );
    await client.ok(COMPLETE, { input: { mentorshipId: pair.id } });
    expect(await client.errorCode(ADD_GOAL, { input: { mentorshipId: pair.id, goal: 'late' } })).toBe('CONFLICT');
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
      expect(await client.errorCode(ADD_NOTE, { input: { mentorshipId: pair.id, body } })).toBe('BAD_USER_INPUT');
    }
    const stranger = await createUser(server);
    const input = { mentorshipId: pair.id, body: 'hi' };
    expect(await server.client(stranger.token).errorCode(ADD_NOTE, { input })).toBe('NOT_FOUND');
    expect(await server.client(admin.token).errorCode(ADD_NOTE, { input })).toBe('FORBIDDEN');
  });
});

describe('mentorships', () => {
  let me: UserWithToken;
  let ids: string[];
  beforeAll(async () => {
    me = await createUser(server, { roles: [Role.MENTOR] });
    const others = await Promise.all([mentorUser(), mentorUser(), createUser(server), createUser(server)]);
    ids = [];
    const base = server.deps.clock().getTime();
    // Oldest first: me as mentee (ACTIVE), me as mentee (COMPLETED), me as mentor (PENDING), me as mentor (ACTIVE).
    const specs = [
      { mentorId: others[0].user.id, menteeId: me.user.id, status: MentorshipStatus.ACTIVE },
      { mentorId: others[1].user.id, menteeId: me.user.id, status: MentorshipStatus.COMPLETED },
      { mentorId: me.user.id, menteeId: others[2].user.id, status: MentorshipStatus.PENDING },
      { mentorId: me.user.id, menteeId: others[3].user.id, status: MentorshipStatus.ACTIVE },
    ];
    for (const [i, spec] of specs.entries()) {
      const m = await createMentorship(server, { ...spec, createdAt: new Date(base + i * 1000) });
      ids.push(toGlobalId('Mentorship', m.id));
    }
  });

  it("lists the viewer's mentorships on both sides, newest first", async () => {
    const data = await server.client(me.token).ok<ListData>(LIST, { first: 10 });
    expect(data.mentorships.nodes.map((n) => n.id)).toEqual([...ids].reverse());
    expect(data.mentorships.totalCount).toBe(4);
  });

  it('filters by the viewer side and by status', async () => {
    const client = server.client(me.token);
    const asMentor = await client.ok<ListData>(LIST, { filter: { role: 'MENTOR' } });
    expect(asMentor.mentorships.nodes.map((n) => n.id)).toEqual([ids[3], ids[2]]);
    const asMentee = await client.ok<ListData>(LIST, { filter: { role: 'MENTEE' } });
    expect(asMentee.mentorships.nodes.map((n) => n.id)).toEqual([ids[1], ids[0]]);
    const active = await client.ok<ListData>(LIST, { filter: { status: 'ACTIVE' } });
    expect(active.mentorships.nodes.map((n) => n.id)).toEqual([ids[3], ids[0]]);
    const activeMentee = await client.ok<ListData>(LIST, { filter: { status: 'ACTIVE', role: 'MENTEE' } });
    expect(activeMentee.mentorships.nodes.map((n) => n.id)).toEqual([ids[0]]);
  });

  it('pages forward and backward', async () => {
    const client = server.client(me.token);
    const page1 = await client.ok<ListData>(LIST, { first: 3 });
    expect(page1.mentorships.nodes.map((n) => n.id)).toEqual([ids[3], ids[2], ids[1]]);
    expect(page1.mentorships.pageInfo.hasNextPage).toBe(true);
    const page2 = await client.ok<ListData>(LIST, { first: 3, after: page1.mentorships.pageInfo.endCursor });
    expect(page2.mentorships.nodes.map((n) => n.id)).toEqual([ids[0]]);
    expect(page2.mentorships.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const back = await client.ok<ListData>(LIST, { last: 2, before: page2.mentorships.pageInfo.startCursor });
    expect(back.mentorships.nodes.map((n) => n.id)).toEqual([ids[2], ids[1]]);
    expect(back.mentorships.pageInfo.hasPreviousPage).toBe(true);
  });

  it('shows a user with no mentorships nothing, and an admin every mentorship', async () => {
    const nobody = await createUser(server);
    expect((await server.client(nobody.token).ok<ListData>(LIST)).mentorships.totalCount).toBe(0);
    const all = await server.client(admin.token).ok<ListData>(LIST, { first: 100 });
    const [{ n }] = await manager(server).query('SELECT count(*)::int AS n FROM mentorships');
    expect(all.mentorships.totalCount).toBe(n);
    expect(all.mentorships.nodes.map((m) => m.id)).toEqual(expect.arrayContaining(ids));
  });

  it('is refused to anonymous callers', async () => {
    expect(await server.client().errorCode(LIST)).toBe('UNAUTHENTICATED');
  });
});

describe('User.mentorships', () => {
  const USER_MENTORSHIPS = `query ($ids: [ID!]!, $first: Int, $after: String) {
    nodes(ids: $ids) { ... on User { id mentorships(first: $first, after: $after) {
      totalCount nodes { id mentor { id } mentee { id } } pageInfo { hasNextPage endCursor } } } }
  }`;
  interface UserMentorships {
    nodes: Array<{
      id: string;
      mentorships: {
        totalCount: number;
        nodes: Array<{ id: string }>;
        pageInfo: { hasNextPage: boolean; endCursor: string };
      } | null;
    }>;
  }

  it('shows a user their own mentorships, newest first, page by page', async () => {
    const mentor = await mentorUser();
    const created: string[] = [];
    const base = server.deps.clock().getTime();
    for (let i = 0; i < 3; i++) {
      const mentee = await createUser(server);
      const m = await createMentorship(server, {
        mentorId: mentor.user.id,
        menteeId: mentee.user.id,
        createdAt: new Date(base + i * 1000),
      });
      created.push(toGlobalId('Mentorship', m.id));
    }
    const client = server.client(mentor.token);
    const first = await client.ok<UserMentorships>(USER_MENTORSHIPS, { ids: [mentor.id], first: 2 });
    expect(first.nodes[0].mentorships?.nodes.map((n) => n.id)).toEqual([created[2], created[1]]);
    expect(first.nodes[0].mentorships?.totalCount).toBe(3);
    const next = await client.ok<UserMentorships>(USER_MENTORSHIPS, {
      ids: [mentor.id],
      first: 2,
      after: first.nodes[0].mentorships?.pageInfo.endCursor,
    });
    expect(next.nodes[0].mentorships?.nodes.map((n) => n.id)).toEqual([created[0]]);
    expect(next.nodes[0].mentorships?.pageInfo.hasNextPage).toBe(false);
  });

  it("refuses another user's mentorships (FORBIDDEN) but shows them to admins", async () => {
    const pair = await createPair(server);
    const stranger = await createUser(server);
    const res = await server
      .client(stranger.token)
      .request<UserMentorships>(USER_MENTORSHIPS, { ids: [pair.mentee.id] });
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(res.data?.nodes[0].mentorships).toBeNull();
    const seen = await server
      .client(admin.token)
      .ok<UserMentorships>(USER_MENTORSHIPS, { ids: [pair.mentee.id, pair.mentor.id] });
    expect(seen.nodes.map((n) => n.mentorships?.nodes.map((m) => m.id))).toEqual([[pair.id], [pair.id]]);
  });

  it('batches: the statement count does not grow with the number of users', async () => {
    const pairs = await Promise.all(Array.from({ length: 6 }, () => createPair(server)));
    const run = async (n: number): Promise<number> => {
      const ids = pairs.slice(0, n).flatMap((p) => [p.mentor.id, p.mentee.id]);
      const before = server.db.queries.count;
      const data = await server.client(admin.token).ok<UserMentorships>(USER_MENTORSHIPS, { ids, first: 5 });
      expect(data.nodes.every((u) => u.mentorships?.totalCount === 1)).toBe(true);
      return server.db.queries.count - before;
    };
    expect(await run(6)).toBe(await run(2));
  });
});

describe('node(Mentorship)', () => {
  it('returns a mentorship to its members and admins, null to anyone else', async () => {
    const pair = await createPair(server);
    for (const who of [pair.mentor, pair.mentee, admin]) {
      expect((await server.client(who.token).ok<{ node: { id: string } }>(NODE, { id: pair.id })).node.id).toBe(
        pair.id,
      );
    }
    const stranger = await createUser(server);
    expect((await server.client(stranger.token).ok<{ node: unknown }>(NODE, { id: pair.id })).node).toBeNull();
  });
});
