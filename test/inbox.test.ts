import { Role } from '../src/modules/role/role';
import { createUser, manager, type UserWithToken } from './helpers/factories';
import { createPair, insertMessage, type Pair } from './helpers/mentorship-factories';
import { startTestServer, type TestServer } from './helpers/server';

let server: TestServer;
let admin: UserWithToken;
beforeAll(async () => {
  server = await startTestServer();
  admin = await createUser(server, { roles: [Role.ADMIN] });
});
afterAll(() => server.close());

const SEND = `mutation ($input: SendMessageInput!) { sendMessage(input: $input) { message { id sentAt } } }`;
const INBOX = `query { mentorships(first: 20) { nodes {
  id lastMessageAt lastMessage { id content sentAt sender { id } }
} } }`;
const LAST = `query ($id: ID!) { node(id: $id) { ... on Mentorship { lastMessageAt lastMessage { id } } } }`;

interface InboxRow {
  id: string;
  lastMessageAt: string | null;
  lastMessage: { id: string; content: string; sentAt: string; sender: { id: string } } | null;
}
const inboxOf = async (who: UserWithToken): Promise<InboxRow[]> =>
  (await server.client(who.token).ok<{ mentorships: { nodes: InboxRow[] } }>(INBOX)).mentorships.nodes;

describe('Mentorship.lastMessage and lastMessageAt', () => {
  let pair: Pair;
  beforeAll(async () => {
    pair = await createPair(server);
  });

  it('are null before the first message', async () => {
    const [row] = await inboxOf(pair.mentee);
    expect(row).toEqual({ id: pair.id, lastMessageAt: null, lastMessage: null });
  });

  it('follow the newest message of the thread, for both members', async () => {
    server.advanceClock(1000);
    await server.client(pair.mentee.token).ok(SEND, { input: { mentorshipId: pair.id, content: 'hello' } });
    server.advanceClock(1000);
    const { sendMessage } = await server
      .client(pair.mentor.token)
      .ok<{ sendMessage: { message: { id: string; sentAt: string } } }>(SEND, {
        input: { mentorshipId: pair.id, content: 'welcome' },
      });
    for (const member of [pair.mentor, pair.mentee]) {
      const [row] = await inboxOf(member);
      expect(row.lastMessage).toEqual({
        id: sendMessage.message.id,
        content: 'welcome',
        sentAt: sendMessage.message.sentAt,
        sender: { id: pair.mentor.id },
      });
      expect(row.lastMessageAt).toBe(sendMessage.message.sentAt);
    }
  });

  it('show admins when the members last wrote, but not what (FORBIDDEN, NOT_A_MEMBER)', async () => {
    const at = await server
      .client(admin.token)
      .ok<{ node: { lastMessageAt: string } }>(
        `query ($id: ID!) { node(id: $id) { ... on Mentorship { lastMessageAt } } }`,
        { id: pair.id },
      );
    expect(at.node.lastMessageAt).not.toBeNull();
    const res = await server.client(admin.token).request(LAST, { id: pair.id });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_A_MEMBER' });
  });

  it('load an inbox of many mentorships in the same number of statements as of a few', async () => {
    const mentor = await createUser(server, { roles: [Role.MENTOR] });
    for (let i = 0; i < 6; i++) {
      const p = await createPair(server);
      await manager(server).query('UPDATE mentorships SET mentor_id = $1 WHERE id = $2', [
        mentor.user.id,
        p.mentorship.id,
      ]);
      await insertMessage(server, { mentorshipId: p.mentorship.id, senderId: p.mentee.user.id });
    }
    const count = async (first: number): Promise<number> => {
      const before = server.db.queries.count;
      const data = await server
        .client(mentor.token)
        .ok<{ mentorships: { nodes: InboxRow[] } }>(INBOX.replace('first: 20', `first: ${first}`));
      expect(data.mentorships.nodes).toHaveLength(first);
      expect(data.mentorships.nodes.every((m) => m.lastMessage !== null && m.lastMessageAt !== null)).toBe(true);
      return server.db.queries.count - before;
    };
    expect(await count(6)).toBe(await count(2));
  });
});
