import { MentorshipStatus } from '../src/modules/mentorship/mentorship.entity';
import { Role } from '../src/modules/role/role';
import { createUser, manager, type UserWithToken } from './helpers/factories';
import { badgesOf, createPair, insertMessage, type Pair } from './helpers/mentorship-factories';
import { startTestServer, type TestServer } from './helpers/server';

let server: TestServer;
let admin: UserWithToken;
beforeAll(async () => {
  server = await startTestServer();
  admin = await createUser(server, { roles: [Role.ADMIN] });
});
afterAll(() => server.close());

const SEND = `mutation ($input: SendMessageInput!) {
  sendMessage(input: $input) { message { id content sentAt readAt sender { id } mentorship { id status } } }
}`;
const MARK = `mutation ($input: MarkMessagesReadInput!) {
  markMessagesRead(input: $input) { markedCount mentorship { id unreadCount } }
}`;
const THREAD = `query ($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {
  node(id: $id) { ... on Mentorship {
    unreadCount
    messages(first: $first, after: $after, last: $last, before: $before) {
      totalCount nodes { id content readAt sender { id } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  } }
}`;
const UNREAD = `query ($id: ID!) { node(id: $id) { ... on User { unreadMessageCount } } }`;
const NODE = `query ($id: ID!) { node(id: $id) { id ... on Message { content } } }`;

interface SendData {
  sendMessage: {
    message: {
      id: string;
      content: string;
      sentAt: string;
      readAt: string | null;
      sender: { id: string };
      mentorship: { id: string; status: string };
    };
  };
}
interface ThreadData {
  node: {
    unreadCount: number;
    messages: {
      totalCount: number;
      nodes: Array<{ id: string; content: string; readAt: string | null; sender: { id: string } }>;
      pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string; endCursor: string };
    };
  };
}

const send = (who: UserWithToken, mentorshipId: string, content: string): Promise<SendData> =>
  server.client(who.token).ok<SendData>(SEND, { input: { mentorshipId, content } });

const unreadOf = async (who: UserWithToken, target = who): Promise<number | null> =>
  (await server.client(who.token).ok<{ node: { unreadMessageCount: number | null } }>(UNREAD, { id: target.id })).node
    .unreadMessageCount;

describe('sendMessage', () => {
  it('lets a member post trimmed content to an ACTIVE mentorship and awards FIRST_MESSAGE_SENT', async () => {
    const pair = await createPair(server);
    const data = await send(pair.mentee, pair.id, '  Hello mentor!  ');
    expect(data.sendMessage.message).toMatchObject({
      content: 'Hello mentor!',
      readAt: null,
      sender: { id: pair.mentee.id },
      mentorship: { id: pair.id, status: 'ACTIVE' },
    });
    expect(await badgesOf(server, pair.mentee.user.id)).toContain('FIRST_MESSAGE_SENT');
    expect(await badgesOf(server, pair.mentor.user.id)).not.toContain('FIRST_MESSAGE_SENT');
  });

  it('accepts exactly 4000 characters after trimming, refuses blank and longer content with fields.content', async () => {
    const pair = await createPair(server);
    const max = `  ${'a'.repeat(4000)}\n`;
    expect((await send(pair.mentor, pair.id, max)).sendMessage.message.content).toHaveLength(4000);
    for (const content of ['', '   \n\t ', 'a'.repeat(4001)]) {
      const res = await server.client(pair.mentor.token).request(SEND, { input: { mentorshipId: pair.id, content } });
      expect(res.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { content: expect.any(String) },
      });
    }
  });

  it('hides the mentorship from non-members, admins included (NOT_FOUND)', async () => {
    const pair = await createPair(server);
    const stranger = await createUser(server);
    for (const who of [stranger, admin]) {
      const refusal = await server.client(who.token).refusal(SEND, { input: { mentorshipId: pair.id, content: 'hi' } });
      expect(refusal).toEqual({ code: 'NOT_FOUND', reason: 'NOT_FOUND' });
    }
  });

  it('refuses a mentorship that is not ACTIVE (CONFLICT, MENTORSHIP_NOT_ACTIVE)', async () => {
    for (const status of [MentorshipStatus.PENDING, MentorshipStatus.COMPLETED, MentorshipStatus.DECLINED]) {
      const pair = await createPair(server, status);
      const refusal = await server
        .client(pair.mentee.token)
        .refusal(SEND, { input: { mentorshipId: pair.id, content: 'hi' } });
      expect(refusal).toEqual({ code: 'CONFLICT', reason: 'MENTORSHIP_NOT_ACTIVE' });
    }
  });

  it('refuses a sender whose messaging is disabled (FORBIDDEN, MESSAGING_DISABLED)', async () => {
    const pair = await createPair(server, MentorshipStatus.ACTIVE, { messagingDisabled: true });
    const refusal = await server
      .client(pair.mentee.token)
      .refusal(SEND, { input: { mentorshipId: pair.id, content: 'hi' } });
    expect(refusal).toEqual({ code: 'FORBIDDEN', reason: 'MESSAGING_DISABLED' });
    // The other member still can write.
    await send(pair.mentor, pair.id, 'still here');
  });

  it('is refused to anonymous callers', async () => {
    const pair = await createPair(server);
    expect(await server.client().errorCode(SEND, { input: { mentorshipId: pair.id, content: 'hi' } })).toBe(
      'UNAUTHENTICATED',
    );
  });
});

describe('Mentorship.messages', () => {
  let pair: Pair;
  let sent: string[];
  beforeAll(async () => {
    pair = await createPair(server);
    sent = [];
    for (let i = 1; i <= 5; i++) {
      server.advanceClock(1000);
      const who = i % 2 === 0 ? pair.mentor : pair.mentee;
      sent.push((await send(who, pair.id, `message ${i}`)).sendMessage.message.id);
    }
  });

  it('lists the thread newest first', async () => {
    const data = await server.client(pair.mentor.token).ok<ThreadData>(THREAD, { id: pair.id, first: 10 });
    expect(data.node.messages.nodes.map((m) => m.content)).toEqual([
      'message 5',
      'message 4',
      'message 3',
      'message 2',
      'message 1',
    ]);
    expect(data.node.messages.totalCount).toBe(5);
  });

  it('pages forward and backward with cursors', async () => {
    const client = server.client(pair.mentee.token);
    const p1 = await client.ok<ThreadData>(THREAD, { id: pair.id, first: 2 });
    expect(p1.node.messages.nodes.map((m) => m.id)).toEqual([sent[4], sent[3]]);
    expect(p1.node.messages.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const p2 = await client.ok<ThreadData>(THREAD, {
      id: pair.id,
      first: 2,
      after: p1.node.messages.pageInfo.endCursor,
    });
    expect(p2.node.messages.nodes.map((m) => m.id)).toEqual([sent[2], sent[1]]);
    const p3 = await client.ok<ThreadData>(THREAD, {
      id: pair.id,
      first: 2,
      after: p2.node.messages.pageInfo.endCursor,
    });
    expect(p3.node.messages.nodes.map((m) => m.id)).toEqual([sent[0]]);
    expect(p3.node.messages.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const back = await client.ok<ThreadData>(THREAD, {
      id: pair.id,
      last: 2,
      before: p3.node.messages.pageInfo.startCursor,
    });
    expect(back.node.messages.nodes.map((m) => m.id)).toEqual([sent[2], sent[1]]);
    expect(back.node.messages.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    const oldest = await client.ok<ThreadData>(THREAD, { id: pair.id, last: 2 });
    expect(oldest.node.messages.nodes.map((m) => m.id)).toEqual([sent[1], sent[0]]);
    expect(oldest.node.messages.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('refuses page sizes over 100 and foreign cursors', async () => {
    const client = server.client(pair.mentee.token);
    expect(await client.errorCode(THREAD, { id: pair.id, first: 101 })).toBe('BAD_USER_INPUT');
    expect(await client.errorCode(THREAD, { id: pair.id, after: 'bogus' })).toBe('BAD_USER_INPUT');
  });

  it('is private to the members: admins get FORBIDDEN (NOT_A_MEMBER) on the thread', async () => {
    const res = await server.client(admin.token).request(THREAD, { id: pair.id, first: 1 });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_A_MEMBER' });
  });

  it('batches threads of many mentorships: the statement count does not grow with them', async () => {
    const mentor = await createUser(server, { roles: [Role.MENTOR] });
    const pairs: Pair[] = [];
    for (let i = 0; i < 5; i++) {
      const p = await createPair(server);
      await manager(server).query('UPDATE mentorships SET mentor_id = $1 WHERE id = $2', [
        mentor.user.id,
        p.mentorship.id,
      ]);
      await insertMessage(server, { mentorshipId: p.mentorship.id, senderId: p.mentee.user.id });
      await insertMessage(server, { mentorshipId: p.mentorship.id, senderId: mentor.user.id });
      pairs.push(p);
    }
    const LIST = `query ($first: Int) { mentorships(first: $first) { nodes {
      unreadCount messages(first: 1) { totalCount nodes { content sender { id } mentorship { id } } } } } }`;
    const run = async (n: number): Promise<number> => {
      const before = server.db.queries.count;
      const data = await server.client(mentor.token).ok<{
        mentorships: { nodes: Array<{ unreadCount: number; messages: { totalCount: number; nodes: unknown[] } }> };
      }>(LIST, { first: n });
      expect(data.mentorships.nodes).toHaveLength(n);
      expect(data.mentorships.nodes.every((m) => m.unreadCount === 1 && m.messages.totalCount === 2)).toBe(true);
      expect(data.mentorships.nodes.every((m) => m.messages.nodes.length === 1)).toBe(true);
      return server.db.queries.count - before;
    };
    expect(await run(5)).toBe(await run(2));
  });
});

describe('markMessagesRead and unread counts', () => {
  it('counts unread messages for each side and marks only those addressed to the viewer', async () => {
    const pair = await createPair(server);
    await send(pair.mentor, pair.id, 'one');
    await send(pair.mentor, pair.id, 'two');
    await send(pair.mentee, pair.id, 'three');

    const menteeThread = await server.client(pair.mentee.token).ok<ThreadData>(THREAD, { id: pair.id });
    expect(menteeThread.node.unreadCount).toBe(2);
    expect((await server.client(pair.mentor.token).ok<ThreadData>(THREAD, { id: pair.id })).node.unreadCount).toBe(1);
    expect(await unreadOf(pair.mentee)).toBe(2);
    expect(await unreadOf(pair.mentor)).toBe(1);

    const marked = await server.client(pair.mentee.token).ok<{
      markMessagesRead: { markedCount: number; mentorship: { id: string; unreadCount: number } };
    }>(MARK, { input: { mentorshipId: pair.id } });
    expect(marked.markMessagesRead).toEqual({ markedCount: 2, mentorship: { id: pair.id, unreadCount: 0 } });
    expect(await unreadOf(pair.mentee)).toBe(0);
    expect(await unreadOf(pair.mentor)).toBe(1);

    const thread = await server.client(pair.mentee.token).ok<ThreadData>(THREAD, { id: pair.id });
    const readAt = Object.fromEntries(thread.node.messages.nodes.map((m) => [m.content, m.readAt]));
    expect(readAt.one).not.toBeNull();
    expect(readAt.two).not.toBeNull();
    expect(readAt.three).toBeNull();

    const again = await server.client(pair.mentee.token).ok<{ markMessagesRead: { markedCount: number } }>(MARK, {
      input: { mentorshipId: pair.id },
    });
    expect(again.markMessagesRead.markedCount).toBe(0);

    const mentorMarks = await server.client(pair.mentor.token).ok<{ markMessagesRead: { markedCount: number } }>(MARK, {
      input: { mentorshipId: pair.id },
    });
    expect(mentorMarks.markMessagesRead.markedCount).toBe(1);
    expect(await unreadOf(pair.mentor)).toBe(0);
  });

  it('sums unread messages over all of a user’s mentorships', async () => {
    const a = await createPair(server);
    const b = await createPair(server);
    await manager(server).query('UPDATE mentorships SET mentee_id = $1 WHERE id = $2', [
      a.mentee.user.id,
      b.mentorship.id,
    ]);
    await send(a.mentor, a.id, 'from a');
    await send(b.mentor, b.id, 'from b');
    await send(b.mentor, b.id, 'from b again');
    expect(await unreadOf(a.mentee)).toBe(3);
  });

  it('hides the mentorship from non-members, admins included (NOT_FOUND)', async () => {
    const pair = await createPair(server);
    const stranger = await createUser(server);
    for (const who of [stranger, admin]) {
      expect(await server.client(who.token).errorCode(MARK, { input: { mentorshipId: pair.id } })).toBe('NOT_FOUND');
    }
  });
});

describe('User.unreadMessageCount', () => {
  it("is the user's own, or an admin's to read; others get FORBIDDEN", async () => {
    const pair = await createPair(server);
    await send(pair.mentor, pair.id, 'ping');
    expect(await unreadOf(admin, pair.mentee)).toBe(1);
    const res = await server.client(pair.mentor.token).request(UNREAD, { id: pair.mentee.id });
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('node(Message)', () => {
  it('returns a message to the two members only', async () => {
    const pair = await createPair(server);
    const { id } = (await send(pair.mentee, pair.id, 'secret')).sendMessage.message;
    for (const who of [pair.mentee, pair.mentor]) {
      expect((await server.client(who.token).ok<{ node: { content: string } }>(NODE, { id })).node.content).toBe(
        'secret',
      );
    }
    const stranger = await createUser(server);
    for (const who of [stranger, admin]) {
      expect((await server.client(who.token).ok<{ node: unknown }>(NODE, { id })).node).toBeNull();
    }
  });
});

describe('markMessagesRead payload', () => {
  it("returns the viewer with the unread total after the change, so a client's cache needs no refetch", async () => {
    const pair = await createPair(server);
    await send(pair.mentor, pair.id, 'one');
    await send(pair.mentor, pair.id, 'two');
    expect(await unreadOf(pair.mentee, pair.mentee)).toBe(2);
    const data = await server.client(pair.mentee.token).ok<{
      markMessagesRead: { markedCount: number; viewer: { id: string; unreadMessageCount: number } };
    }>(`mutation ($input: MarkMessagesReadInput!) { markMessagesRead(input: $input) { markedCount viewer { id unreadMessageCount } } }`, { input: { mentorshipId: pair.id } });
    expect(data.markMessagesRead).toEqual({ markedCount: 2, viewer: { id: pair.mentee.id, unreadMessageCount: 0 } });
  });
});
