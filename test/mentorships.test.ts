import { toGlobalId } from '../src/common/global-id';
import { MentorshipStatus } from '../src/modules/mentorship/mentorship.entity';
import { Role } from '../src/modules/role/role';
import { createUser, manager, type UserWithToken } from './helpers/factories';
import { createMentorship, createPair } from './helpers/mentorship-factories';
import { startTestServer, type TestServer } from './helpers/server';

import { LIST, NODE, mentorUser as mentorUserOn, type ListData } from './helpers/mentorship-operations';

let server: TestServer;
let admin: UserWithToken;
beforeAll(async () => {
  server = await startTestServer();
  admin = await createUser(server, { roles: [Role.ADMIN] });
});
afterAll(() => server.close());

const mentorUser = (): Promise<UserWithToken> => mentorUserOn(server);

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
    expect(await server.client().refusal(LIST)).toEqual({ code: 'UNAUTHENTICATED', reason: 'SIGN_IN_REQUIRED' });
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
