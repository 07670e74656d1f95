import { ApolloClient, gql } from '@apollo/client';
import WebSocket from 'ws';
import { createAulaCache } from '../client/cache';
import { createAulaLink } from '../client/link';
import {
  BookClassDocument,
  InboxDocument,
  JoinClassDocument,
  MarkMessagesReadDocument,
  ThreadDocument,
  UnreadCountsDocument,
  ViewerDashboardDocument,
} from '../client/generated/graphql';
import { fromGlobalId, toGlobalId } from '../src/common/global-id';
import { Role } from '../src/modules/role/role';
import { startGitHubMock, oauthFlow, type GitHubMock } from './helpers/auth-oauth';
import { createUser, type UserWithToken } from './helpers/factories';
import { createMentorship } from './helpers/mentorship-factories';
import { startTestServer, type TestServer } from './helpers/server';
import { listening } from './helpers/subscriptions';
import { waitFor } from './helpers/wait';

// The web and mobile apps' client as shipped: a real Apollo Client 4 with the generated documents,
// the generated cache configuration and the persisted-documents link, against the running server.

let github: GitHubMock;
let server: TestServer;
let mentor: UserWithToken;
let token: string;
let client: ApolloClient;
const sent: Array<Record<string, unknown>> = [];

const HOUR = 3_600_000;
const inHours = (hours: number): string => new Date(Date.now() + hours * HOUR).toISOString();
const mentorship = { id: '' };

/** Counts what goes over the wire, to show what the cache answers alone. */
const countingFetch: typeof fetch = (input, init) => {
  sent.push(JSON.parse(String(init?.body)) as Record<string, unknown>);
  return fetch(input, init);
};

beforeAll(async () => {
  github = await startGitHubMock();
  server = await startTestServer({ ...github.env, MOBILE_REDIRECT_URL: 'aula://auth/callback' });
  // The mobile sign-in: the real OAuth flow, ending at the app's redirect with the token.
  github.user = { id: 4242, login: 'lucia', name: 'Lucía Gómez' };
  github.emails = [{ email: 'lucia@example.test', primary: true, verified: true }];
  const flow = await oauthFlow(server, 'github', { redirect: 'mobile' });
  token = new URL(flow.callback.headers.get('location')!).searchParams.get('token')!;
  client = new ApolloClient({
    link: createAulaLink({
      uri: `${server.url}/graphql`,
      token: () => token,
      fetch: countingFetch,
      webSocketImpl: WebSocket,
    }),
    cache: createAulaCache(),
  });

  mentor = await createUser(server, { roles: [Role.MENTOR], firstName: 'Ana' });
  const viewer = await server.client(token).ok<{ viewer: { id: string } }>('{ viewer { id } }');
  const row = await createMentorship(server, { mentorId: mentor.user.id, menteeId: fromGlobalId(viewer.viewer.id).id });
  mentorship.id = toGlobalId('Mentorship', row.id);
  for (let i = 1; i <= 5; i++) {
    server.advanceClock(1000);
    await server
      .client(mentor.token)
      .ok(`mutation ($input: SendMessageInput!) { sendMessage(input: $input) { message { id } } }`, {
        input: { mentorshipId: mentorship.id, content: `message ${i}` },
      });
  }
});
afterAll(async () => {
  client.stop();
  await server.close();
  await github.close();
});

describe('the generated client against the server', () => {
  const now = new Date().toISOString();

  it('loads the dashboard of the signed-in user, with non-null own fields', async () => {
    const { data } = await client.query({ query: ViewerDashboardDocument, variables: { now } });
    expect(data?.viewer).toMatchObject({ displayName: 'Lucía Gómez', email: 'lucia@example.test' });
    expect(data?.viewer?.unreadMessageCount).toBe(5);
    expect(data?.viewer?.badgeProgress.total).toBeGreaterThan(0);
    // Only hashes went over the wire: the server knows every generated document.
    expect(sent.every((body) => body.query === undefined)).toBe(true);
    expect(sent[0]).toMatchObject({ extensions: { persistedQuery: { version: 1 } } });
  });

  it('books a class, and joins one hosted by a mentor', async () => {
    const booked = await client.mutate({
      mutation: BookClassDocument,
      variables: { input: { title: 'Study group', startsAt: inHours(24), durationMinutes: 60, classType: 'GRUPAL' } },
    });
    expect(booked.data?.bookClass.virtualClass).toMatchObject({ title: 'Study group', status: 'SCHEDULED' });

    const hosted = await server
      .client(mentor.token)
      .ok<{ bookClass: { virtualClass: { id: string } } }>(
        `mutation ($input: BookClassInput!) { bookClass(input: $input) { virtualClass { id } } }`,
        { input: { title: 'Conversation', startsAt: inHours(48), durationMinutes: 45, classType: 'GRUPAL' } },
      );
    const classId = hosted.bookClass.virtualClass.id;
    const joined = await client.mutate({ mutation: JoinClassDocument, variables: { input: { classId } } });
    expect(joined.data?.joinClass.activity.rol).toBe('PARTICIPANTE');
    expect(joined.data?.joinClass.virtualClass).toMatchObject({ id: classId, currentParticipants: 2 });
  });

  it('pages a thread with fetchMore, and reads the inbox back from the cache', async () => {
    const inbox = await client.query({ query: InboxDocument });
    expect(inbox.data?.mentorships.nodes[0].lastMessage?.content).toBe('message 5');

    const thread = client.watchQuery({ query: ThreadDocument, variables: { mentorshipId: mentorship.id, first: 2 } });
    const subscription = thread.subscribe(() => undefined);
    try {
      const first = await thread.refetch();
      const page = first.data?.node?.__typename === 'Mentorship' ? first.data.node.messages : undefined;
      expect(page?.edges.map((e) => e.node.content)).toEqual(['message 5', 'message 4']);
      await thread.fetchMore({ variables: { after: page?.pageInfo.endCursor } });
      const merged = client.readQuery({ query: ThreadDocument, variables: { mentorshipId: mentorship.id, first: 2 } });
      const all = merged?.node?.__typename === 'Mentorship' ? merged.node.messages.edges : [];
      expect(all.map((e) => e.node.content)).toEqual(['message 5', 'message 4', 'message 3', 'message 2']);
    } finally {
      subscription.unsubscribe();
    }

    const requests = sent.length;
    const cached = client.readQuery({ query: InboxDocument });
    expect(cached?.mentorships.nodes[0]).toMatchObject({ id: mentorship.id, unreadCount: 5 });
    expect(cached?.mentorships.nodes[0].lastMessage?.content).toBe('message 5');
    // The same list read through the `nodes` shortcut holds every page fetched with edges.
    const viaNodes = client.readQuery<{ node: { messages: { nodes: Array<{ content: string }> } } }>({
      query: gql`
        query ($mentorshipId: ID!, $first: Int) {
          node(id: $mentorshipId) {
            ... on Mentorship {
              id
              messages(first: $first) {
                nodes {
                  id
                  content
                }
              }
            }
          }
        }
      `,
      variables: { mentorshipId: mentorship.id, first: 2 },
    });
    expect(viaNodes?.node.messages.nodes.map((m) => m.content)).toEqual([
      'message 5',
      'message 4',
      'message 3',
      'message 2',
    ]);
    expect(sent.length).toBe(requests);
  });

  it('marks the thread read, and the cached dashboard and inbox show the drop without a refetch', async () => {
    const requests = sent.length;
    const marked = await client.mutate({
      mutation: MarkMessagesReadDocument,
      variables: { input: { mentorshipId: mentorship.id } },
    });
    expect(marked.data?.markMessagesRead.markedCount).toBe(5);
    expect(sent.length).toBe(requests + 1);

    const dashboard = client.readQuery({ query: ViewerDashboardDocument, variables: { now } });
    expect(dashboard?.viewer?.unreadMessageCount).toBe(0);
    const inbox = client.readQuery({ query: InboxDocument });
    expect(inbox?.viewer?.unreadMessageCount).toBe(0);
    expect(inbox?.mentorships.nodes[0].unreadCount).toBe(0);
    expect(sent.length).toBe(requests + 1);
  });

  it('follows the unread total over WebSocket: a new message raises it in the cached dashboard', async () => {
    const requests = sent.length;
    const live = client.subscribe({ query: UnreadCountsDocument }).subscribe(() => undefined);
    try {
      await listening(server, 1);
      await server
        .client(mentor.token)
        .ok(`mutation ($input: SendMessageInput!) { sendMessage(input: $input) { message { id } } }`, {
          input: { mentorshipId: mentorship.id, content: 'are you there?' },
        });
      // The event's viewer is normalised into the cache, so the dashboard's count follows with no request.
      await waitFor(
        async () =>
          client.readQuery({ query: ViewerDashboardDocument, variables: { now } })?.viewer?.unreadMessageCount === 1,
      );
      expect(sent.length).toBe(requests);
    } finally {
      live.unsubscribe();
    }
  });
});
