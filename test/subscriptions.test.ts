import { MentorshipStatus } from '../src/modules/mentorship/mentorship.entity';
import { UserStatus } from '../src/modules/user/user.entity';
import { Role } from '../src/modules/role/role';
import { createUser, manager, type UserWithToken } from './helpers/factories';
import { createPair, type Pair } from './helpers/mentorship-factories';
import { startTestServer, type TestServer } from './helpers/server';
import { activeSubscriptions, listening, subscriber, type Subscriber } from './helpers/subscriptions';
import { waitFor } from './helpers/wait';

const MESSAGE_ADDED = `subscription ($id: ID!, $after: ID) {
  messageAdded(mentorshipId: $id, afterMessage: $after) { id content sender { id } mentorship { id } }
}`;
const NOTIFICATION_ADDED = `subscription { notificationAdded { id kind readAt } }`;
const UNREAD = `subscription { unreadCountsChanged { id unreadMessageCount unreadNotificationCount } }`;
const MENTORSHIP_UPDATED = `subscription { mentorshipUpdated { id status goals } }`;
const SEND = `mutation ($input: SendMessageInput!) { sendMessage(input: $input) { message { id } } }`;
const MARK = `mutation ($input: MarkMessagesReadInput!) { markMessagesRead(input: $input) { markedCount } }`;
const COMPLETE = `mutation ($input: CompleteMentorshipInput!) { completeMentorship(input: $input) { mentorship { id } } }`;
const SIGN_OUT = `mutation { signOutEverywhere { success } }`;

interface MessageAdded {
  messageAdded: { id: string; content: string; sender: { id: string }; mentorship: { id: string } };
}

let server: TestServer;
let pair: Pair;
const open: Subscriber[] = [];
const connect = (token?: string): Subscriber => {
  const s = subscriber(server, token);
  open.push(s);
  return s;
};
const send = async (from: UserWithToken, content: string, mentorshipId = pair.id): Promise<string> => {
  const data = await server.client(from.token).ok<{ sendMessage: { message: { id: string } } }>(SEND, {
    input: { mentorshipId, content },
  });
  return data.sendMessage.message.id;
};

beforeAll(async () => {
  server = await startTestServer();
});
beforeEach(async () => {
  pair = await createPair(server);
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.dispose()));
  await waitFor(async () => (await activeSubscriptions(server)) === 0);
});
afterAll(() => server.close());

describe('messageAdded', () => {
  it('delivers each message of the thread to both members, in the order sent, with its fields', async () => {
    const mentor = connect(pair.mentor.token).subscribe<MessageAdded>(MESSAGE_ADDED, { id: pair.id });
    const mentee = connect(pair.mentee.token).subscribe<MessageAdded>(MESSAGE_ADDED, { id: pair.id });
    await listening(server, 2);
    const sent = [];
    for (let i = 0; i < 5; i++) sent.push(await send(i % 2 ? pair.mentor : pair.mentee, `hello ${i}`));
    await waitFor(async () => mentor.data.length === 5 && mentee.data.length === 5);
    for (const received of [mentor, mentee]) {
      expect(received.data.map((d) => d.messageAdded.id)).toEqual(sent);
      expect(received.errors).toEqual([]);
    }
    expect(mentor.data[0].messageAdded).toEqual({
      id: sent[0],
      content: 'hello 0',
      sender: { id: pair.mentee.id },
      mentorship: { id: pair.id },
    });
  });

  it('refuses anyone but the two members, admins included, with NOT_FOUND', async () => {
    const admin = await createUser(server, { roles: [Role.ADMIN] });
    const received = connect(admin.token).subscribe<MessageAdded>(MESSAGE_ADDED, { id: pair.id });
    await waitFor(async () => received.errors.length > 0);
    expect(received.errors[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
  });

  it('sends nothing for a write that was refused (a mentorship that is no longer active)', async () => {
    const received = connect(pair.mentee.token).subscribe<MessageAdded>(MESSAGE_ADDED, { id: pair.id });
    await listening(server, 1);
    await server.client(pair.mentor.token).ok(COMPLETE, { input: { mentorshipId: pair.id } });
    const res = await server
      .client(pair.mentee.token)
      .request(SEND, { input: { mentorshipId: pair.id, content: 'late' } });
    expect(res.errors?.[0].extensions?.code).toBe('CONFLICT');
    const marker = await createPair(server);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(received.data).toEqual([]);
    expect(marker).toBeDefined();
  });

  it('replays the messages sent after `afterMessage` first, then the live ones, each once', async () => {
    const first = await send(pair.mentee, 'one');
    const missed = [await send(pair.mentor, 'two'), await send(pair.mentee, 'three')];
    const received = connect(pair.mentee.token).subscribe<MessageAdded>(MESSAGE_ADDED, { id: pair.id, after: first });
    await listening(server, 1);
    const live = await send(pair.mentor, 'four');
    await waitFor(async () => received.data.length === 3);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(received.data.map((d) => d.messageAdded.id)).toEqual([...missed, live]);
  });

  it('ends for a member who is suspended, and the socket closes', async () => {
    const admin = await createUser(server, { roles: [Role.ADMIN] });
    const socket = connect(pair.mentee.token);
    const received = socket.subscribe<MessageAdded>(MESSAGE_ADDED, { id: pair.id });
    await listening(server, 1);
    await server
      .client(admin.token)
      .ok(`mutation ($input: SetUserStatusInput!) { setUserStatus(input: $input) { user { id } } }`, {
        input: { id: pair.mentee.id, status: UserStatus.SUSPENDED, reason: 'spam' },
      });
    await waitFor(async () => socket.closed !== null);
    expect(socket.closed).toEqual({ code: 4403, reason: 'Session ended' });
    expect(received.data).toEqual([]);
  });
});

describe('the socket session', () => {
  it('refuses a connection without a valid token (4403)', async () => {
    for (const token of [undefined, 'not-a-token']) {
      const socket = connect(token);
      socket.subscribe(NOTIFICATION_ADDED);
      await waitFor(async () => socket.closed !== null);
      expect(socket.closed?.code).toBe(4403);
    }
  });

  it('closes every open socket of a user within a second of signOutEverywhere', async () => {
    const sockets = [connect(pair.mentee.token), connect(pair.mentee.token)];
    for (const s of sockets) s.subscribe(NOTIFICATION_ADDED);
    const other = connect(pair.mentor.token);
    other.subscribe(NOTIFICATION_ADDED);
    await listening(server, 3);
    const started = Date.now();
    await server.client(pair.mentee.token).ok(SIGN_OUT);
    await waitFor(async () => sockets.every((s) => s.closed !== null), 1000);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(sockets.map((s) => s.closed?.code)).toEqual([4403, 4403]);
    expect(other.closed).toBeNull();
  });
});

describe('an account deleted by an admin', () => {
  it("closes the user's sockets, and a new connection with the old token is refused", async () => {
    const admin = await createUser(server, { roles: [Role.ADMIN] });
    const socket = connect(pair.mentor.token);
    socket.subscribe(NOTIFICATION_ADDED);
    await listening(server, 1);
    await server
      .client(admin.token)
      .ok(`mutation ($input: DeleteUserInput!) { deleteUser(input: $input) { user { id } } }`, {
        input: { id: pair.mentor.id, reason: 'asked to leave' },
      });
    await waitFor(async () => socket.closed !== null, 1000);
    expect(socket.closed?.code).toBe(4403);
    const again = connect(pair.mentor.token);
    again.subscribe(NOTIFICATION_ADDED);
    await waitFor(async () => again.closed !== null);
    expect(again.closed?.code).toBe(4403);
  });
});

describe("the viewer's own events", () => {
  it('notificationAdded, mentorshipUpdated and unreadCountsChanged follow a mentorship and its thread', async () => {
    const pending = await createPair(server, MentorshipStatus.PENDING);
    const socket = connect(pending.mentee.token);
    const notifications = socket.subscribe<{ notificationAdded: { kind: string; readAt: string | null } }>(
      NOTIFICATION_ADDED,
    );
    const updates = socket.subscribe<{ mentorshipUpdated: { id: string; status: string } }>(MENTORSHIP_UPDATED);
    const counts = socket.subscribe<{
      unreadCountsChanged: { unreadMessageCount: number; unreadNotificationCount: number };
    }>(UNREAD);
    await listening(server, 3);
    await server
      .client(pending.mentor.token)
      .ok(`mutation ($input: RespondToMentorshipInput!) { respondToMentorship(input: $input) { mentorship { id } } }`, {
        input: { mentorshipId: pending.id, accept: true },
      });
    await waitFor(async () => notifications.data.length >= 1 && updates.data.length === 1);
    expect(updates.data[0].mentorshipUpdated).toEqual({ id: pending.id, status: 'ACTIVE', goals: [] });
    expect(notifications.data[0].notificationAdded).toMatchObject({ kind: 'MENTORSHIP_UPDATED', readAt: null });
    await send(pending.mentor, 'welcome', pending.id);
    await waitFor(async () => counts.data.some((c) => c.unreadCountsChanged.unreadMessageCount === 1));
    await server.client(pending.mentee.token).ok(MARK, { input: { mentorshipId: pending.id } });
    await waitFor(async () => counts.data.at(-1)?.unreadCountsChanged.unreadMessageCount === 0);
    expect(manager(server)).toBeDefined();
  });
});

describe('limits and trusted documents over WebSocket', () => {
  it('holds subscription documents to the query limits, with the codes HTTP answers', async () => {
    const learner = await createUser(server);
    const socket = connect(learner.token);
    const deep = `subscription { mentorshipUpdated { mentor { mentorships { nodes { mentee { mentorships { nodes { mentor { mentorships { nodes { id } } } } } } } } } } }`;
    const tooDeep = socket.subscribe(deep);
    const unknown = socket.subscribe(`subscription { nothingHere }`);
    await waitFor(async () => tooDeep.errors.length > 0 && unknown.errors.length > 0);
    expect(tooDeep.errors[0]).toMatchObject({ extensions: { code: 'QUERY_TOO_COMPLEX', reason: 'TOO_DEEP' } });
    expect(unknown.errors[0]).toMatchObject({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
  });

  describe('TRUSTED_DOCUMENTS=strict', () => {
    let strict: TestServer;
    beforeAll(async () => {
      strict = await startTestServer({ TRUSTED_DOCUMENTS: 'strict' });
    });
    afterAll(() => strict.close());

    const REGISTERED = '56cf97026982f300c6d6bd8d0d09438850a35ccc4ad9b57271645005fef4d85b';

    it('runs a registered subscription sent by hash and refuses an unregistered one from a learner', async () => {
      const learner = await createUser(strict);
      const socket = subscriber(strict, learner.token);
      try {
        const registered = socket.subscribe('', {}, { persistedQuery: { version: 1, sha256Hash: REGISTERED } });
        const adHoc = socket.subscribe(`subscription { unreadCountsChanged { id } }`);
        await waitFor(async () => adHoc.errors.length > 0);
        expect(adHoc.errors[0]).toMatchObject({ extensions: { code: 'FORBIDDEN', reason: 'DOCUMENT_NOT_TRUSTED' } });
        await listening(strict, 1);
        expect(registered.errors).toEqual([]);
      } finally {
        await socket.dispose();
      }
    });

    it('lets an admin run any subscription document', async () => {
      const admin = await createUser(strict, { roles: [Role.ADMIN] });
      const socket = subscriber(strict, admin.token);
      try {
        const adHoc = socket.subscribe(`subscription { unreadCountsChanged { id } }`);
        await listening(strict, 1);
        expect(adHoc.errors).toEqual([]);
      } finally {
        await socket.dispose();
      }
    });
  });
});

describe('what one connection may hold', () => {
  it('runs up to 50 operations at once and refuses the next with TOO_MANY_SUBSCRIPTIONS', async () => {
    const socket = connect(pair.mentee.token);
    const running = Array.from({ length: 50 }, () => socket.subscribe(NOTIFICATION_ADDED));
    await listening(server, 50);
    const refused = socket.subscribe(NOTIFICATION_ADDED);
    await waitFor(async () => refused.errors.length > 0);
    expect(refused.errors[0]).toMatchObject({
      extensions: { code: 'QUERY_TOO_COMPLEX', reason: 'TOO_MANY_SUBSCRIPTIONS', value: 51, limit: 50 },
    });
    expect(running.every((r) => r.errors.length === 0)).toBe(true);
  });

  it('closes a connection that sends a message over 100 KB (1009)', async () => {
    // graphql-ws reports a socket's error on the console; here it is the one the test causes.
    const reported = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const socket = connect(pair.mentee.token);
      socket.subscribe(`subscription { notificationAdded { id } } # ${'x'.repeat(110 * 1024)}`);
      await waitFor(async () => socket.closed !== null);
      expect(socket.closed?.code).toBe(1009);
      expect(String(reported.mock.calls[0]?.[1])).toContain('Max payload size exceeded');
    } finally {
      reported.mockRestore();
    }
  });
});
