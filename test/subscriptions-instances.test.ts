import { MentorshipStatus } from '../src/modules/mentorship/mentorship.entity';
import { realPostgres } from './helpers/database';
import { createPair } from './helpers/mentorship-factories';
import { startTestServer, type TestServer } from './helpers/server';
import { activeSubscriptions, listening, subscriber, type Subscriber } from './helpers/subscriptions';
import { waitFor } from './helpers/wait';

const MESSAGE_ADDED = `subscription ($id: ID!) { messageAdded(mentorshipId: $id) { id content } }`;
const NOTIFICATION_ADDED = `subscription { notificationAdded { id kind } }`;
const SEND = `mutation ($input: SendMessageInput!) { sendMessage(input: $input) { message { id } } }`;
const THREAD = `query ($id: ID!) { node(id: $id) { ... on Mentorship { messages(first: 100) { nodes { id } } } } }`;

interface MessageAdded {
  messageAdded: { id: string; content: string };
}

// Two instances share one PostgreSQL and one Redis; the embedded database belongs to one process.
const multi = realPostgres() && process.env.REDIS_URL ? describe : describe.skip;

multi('two instances on one PostgreSQL and one Redis (needs TEST_DATABASE_URL and REDIS_URL)', () => {
  let a: TestServer;
  let b: TestServer;
  const open: Subscriber[] = [];
  beforeAll(async () => {
    const redis = { REDIS_URL: process.env.REDIS_URL! };
    a = await startTestServer(redis);
    b = await startTestServer(redis, a.db);
  });
  afterEach(async () => {
    await Promise.all(open.splice(0).map((s) => s.dispose()));
    await waitFor(async () => (await activeSubscriptions(a)) === 0);
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  it('a subscriber on A receives the messages sent through B exactly once and in the order of the thread', async () => {
    const pair = await createPair(a);
    const socket = subscriber(a, pair.mentee.token);
    open.push(socket);
    const received = socket.subscribe<MessageAdded>(MESSAGE_ADDED, { id: pair.id });
    await listening(a, 1);
    // Both members send at once, through both instances: the thread's order is whatever commits decided.
    const sends = Array.from({ length: 60 }, (_, i) => {
      const [server, from] = i % 3 === 0 ? [a, pair.mentee] : [b, pair.mentor];
      return server.client(from.token).ok(SEND, { input: { mentorshipId: pair.id, content: `m${i}` } });
    });
    await Promise.all(sends);
    await waitFor(async () => received.data.length >= 60);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const thread = await b
      .client(pair.mentee.token)
      .ok<{ node: { messages: { nodes: Array<{ id: string }> } } }>(THREAD, { id: pair.id });
    // The thread lists the newest first.
    const inOrder = thread.node.messages.nodes.map((m) => m.id).reverse();
    expect(received.data.map((d) => d.messageAdded.id)).toEqual(inOrder);
    expect(new Set(inOrder).size).toBe(60);
    expect(received.errors).toEqual([]);
  });

  it('a notification caused on B reaches its recipient subscribed on A', async () => {
    const pair = await createPair(a, MentorshipStatus.PENDING);
    const socket = subscriber(a, pair.mentee.token);
    open.push(socket);
    const received = socket.subscribe<{ notificationAdded: { kind: string } }>(NOTIFICATION_ADDED);
    await listening(a, 1);
    await b
      .client(pair.mentor.token)
      .ok(
        `mutation ($id: ID!) { respondToMentorship(input: { mentorshipId: $id, accept: false }) { mentorship { id } } }`,
        {
          id: pair.id,
        },
      );
    await waitFor(async () => received.data.length === 1);
    expect(received.data[0].notificationAdded.kind).toBe('MENTORSHIP_UPDATED');
  });

  it("signing out everywhere on B closes the user's socket on A within a second", async () => {
    const pair = await createPair(a);
    const socket = subscriber(a, pair.mentee.token);
    open.push(socket);
    socket.subscribe(NOTIFICATION_ADDED);
    await listening(a, 1);
    const started = Date.now();
    await b.client(pair.mentee.token).ok(`mutation { signOutEverywhere { success } }`);
    await waitFor(async () => socket.closed !== null, 1000);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(socket.closed?.code).toBe(4403);
  });
});
