import { toGlobalId } from '../src/common/global-id';
import { BadgeName } from '../src/modules/badge/badge.entity';
import { Notification } from '../src/modules/notification/notification.entity';
import { notices } from '../src/modules/notification/notification.payloads';
import { notify } from '../src/modules/notification/notification.service';
import { Role } from '../src/modules/role/role';
import { createUser, manager, type UserWithToken } from './helpers/factories';
import { startTestServer, type TestServer } from './helpers/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/** Creates `count` notifications for a user, one minute apart (the last is the newest); returns their global ids. */
async function seedNotifications(user: UserWithToken, count: number): Promise<string[]> {
  const db = manager(server);
  const base = Date.now() - 24 * 3600_000;
  const ids: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const n = await notify(db, user.user.id, notices.profileReminder({ profileCompletionPercentage: i }));
    // Distinct creation times so "newest first" is deterministic.
    await db.update(Notification, { id: n.id }, { createdAt: new Date(base + i * 60_000) });
    ids.push(toGlobalId('Notification', n.id));
  }
  return ids;
}

const NOTIFICATIONS = `query ($first: Int, $after: String, $last: Int, $before: String, $unreadOnly: Boolean) {
  notifications(first: $first, after: $after, last: $last, before: $before, unreadOnly: $unreadOnly) {
    totalCount
    nodes { id kind payload readAt createdAt recipient { id } }
    pageInfo { hasNextPage hasPreviousPage endCursor startCursor }
  }
}`;

interface NotificationsData {
  notifications: {
    totalCount: number;
    nodes: Array<{
      id: string;
      kind: string;
      payload: { profileCompletionPercentage: number };
      readAt: string | null;
      recipient: { id: string };
    }>;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null; startCursor: string | null };
  };
}

const MARK_READ = `mutation ($input: MarkNotificationsReadInput!) {
  markNotificationsRead(input: $input) { markedCount viewer { id unreadNotificationCount } }
}`;

interface MarkReadData {
  markNotificationsRead: { markedCount: number; viewer: { id: string; unreadNotificationCount: number } };
}

describe('notifications', () => {
  it("lists only the viewer's notifications, newest first, with cursors both ways", async () => {
    const me = await createUser(server);
    const other = await createUser(server);
    const ids = await seedNotifications(me, 5);
    await seedNotifications(other, 2);
    const client = server.client(me.token);
    const page1 = await client.ok<NotificationsData>(NOTIFICATIONS, { first: 2 });
    expect(page1.notifications.totalCount).toBe(5);
    expect(page1.notifications.nodes.map((n) => n.id)).toEqual([ids[4], ids[3]]);
    expect(page1.notifications.nodes[0]).toMatchObject({
      kind: 'PROFILE_REMINDER',
      payload: { profileCompletionPercentage: 4 },
      readAt: null,
    });
    expect(page1.notifications.nodes[0].recipient.id).toBe(me.id);
    expect(page1.notifications.pageInfo.hasNextPage).toBe(true);
    const page2 = await client.ok<NotificationsData>(NOTIFICATIONS, {
      first: 10,
      after: page1.notifications.pageInfo.endCursor,
    });
    expect(page2.notifications.nodes.map((n) => n.id)).toEqual([ids[2], ids[1], ids[0]]);
    expect(page2.notifications.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const back = await client.ok<NotificationsData>(NOTIFICATIONS, {
      last: 1,
      before: page2.notifications.pageInfo.startCursor,
    });
    expect(back.notifications.nodes.map((n) => n.id)).toEqual([ids[3]]);
  });

  it('filters to unread ones with unreadOnly', async () => {
    const me = await createUser(server);
    const ids = await seedNotifications(me, 4);
    await server.client(me.token).ok(MARK_READ, { input: { ids: [ids[1], ids[3]] } });
    const unread = await server.client(me.token).ok<NotificationsData>(NOTIFICATIONS, { unreadOnly: true });
    expect(unread.notifications.nodes.map((n) => n.id)).toEqual([ids[2], ids[0]]);
    expect(unread.notifications.totalCount).toBe(2);
    const all = await server.client(me.token).ok<NotificationsData>(NOTIFICATIONS, { unreadOnly: false });
    expect(all.notifications.totalCount).toBe(4);
  });

  it('refuses anonymous callers and bad page sizes', async () => {
    expect(await server.client().errorCode(NOTIFICATIONS, {})).toBe('UNAUTHENTICATED');
    const me = await createUser(server);
    expect(await server.client(me.token).errorCode(NOTIFICATIONS, { first: 101 })).toBe('BAD_USER_INPUT');
  });
});

describe('markNotificationsRead', () => {
  it('marks the given notifications read at request time and counts them', async () => {
    const me = await createUser(server);
    const ids = await seedNotifications(me, 3);
    // The request clock, not the wall clock, stamps readAt.
    server.advanceClock(3600_000);
    const before = Date.now() + 3600_000;
    const data = await server
      .client(me.token)
      .ok<MarkReadData>(MARK_READ, { input: { ids: [ids[0], ids[2], ids[2]] } });
    expect(data.markNotificationsRead).toEqual({ markedCount: 2, viewer: { id: me.id, unreadNotificationCount: 1 } });
    const list = await server.client(me.token).ok<NotificationsData>(NOTIFICATIONS, {});
    const readAt = list.notifications.nodes.find((n) => n.id === ids[0])?.readAt;
    expect(Date.parse(readAt ?? '')).toBeGreaterThanOrEqual(before - 1000);
    expect(list.notifications.nodes.find((n) => n.id === ids[1])?.readAt).toBeNull();
  });

  it('counts only notifications that were unread', async () => {
    const me = await createUser(server);
    const ids = await seedNotifications(me, 2);
    await server.client(me.token).ok(MARK_READ, { input: { ids: [ids[0]] } });
    const again = await server.client(me.token).ok<MarkReadData>(MARK_READ, { input: { ids } });
    expect(again.markNotificationsRead.markedCount).toBe(1);
  });

  it('marks all of them when ids is absent', async () => {
    const me = await createUser(server);
    const other = await createUser(server);
    await seedNotifications(me, 3);
    await seedNotifications(other, 2);
    const data = await server.client(me.token).ok<MarkReadData>(MARK_READ, { input: {} });
    expect(data.markNotificationsRead).toMatchObject({ markedCount: 3, viewer: { unreadNotificationCount: 0 } });
    const theirs = await server.client(other.token).ok<NotificationsData>(NOTIFICATIONS, { unreadOnly: true });
    expect(theirs.notifications.totalCount).toBe(2);
  });

  it("silently ignores other users' notification ids", async () => {
    const me = await createUser(server);
    const other = await createUser(server);
    const mine = await seedNotifications(me, 1);
    const theirs = await seedNotifications(other, 1);
    const data = await server.client(me.token).ok<MarkReadData>(MARK_READ, { input: { ids: [...mine, ...theirs] } });
    expect(data.markNotificationsRead.markedCount).toBe(1);
    const still = await server.client(other.token).ok<NotificationsData>(NOTIFICATIONS, { unreadOnly: true });
    expect(still.notifications.nodes.map((n) => n.id)).toEqual(theirs);
  });

  it('refuses ids that are not notification ids (BAD_USER_INPUT) and anonymous callers', async () => {
    const me = await createUser(server);
    const res = await server.client(me.token).request(MARK_READ, { input: { ids: [me.id] } });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { ids: expect.any(String) } });
    expect(await server.client(me.token).errorCode(MARK_READ, { input: { ids: ['garbage'] } })).toBe('BAD_USER_INPUT');
    expect(await server.client().errorCode(MARK_READ, { input: {} })).toBe('UNAUTHENTICATED');
  });
});

const UNREAD_COUNT = `query ($id: ID!) { user(id: $id) { id unreadNotificationCount } }`;

describe('User.unreadNotificationCount', () => {
  it('is visible to the user and admins, not to other users', async () => {
    const me = await createUser(server);
    const other = await createUser(server);
    const admin = await createUser(server, { roles: [Role.ADMIN] });
    await seedNotifications(me, 3);
    const own = await server
      .client(me.token)
      .ok<{ viewer: { unreadNotificationCount: number } }>(`{ viewer { unreadNotificationCount } }`);
    expect(own.viewer.unreadNotificationCount).toBe(3);
    const byAdmin = await server
      .client(admin.token)
      .ok<{ user: { unreadNotificationCount: number } }>(UNREAD_COUNT, { id: me.id });
    expect(byAdmin.user.unreadNotificationCount).toBe(3);
    const res = await server
      .client(other.token)
      .request<{ user: { unreadNotificationCount: number | null } }>(UNREAD_COUNT, { id: me.id });
    expect(res.data?.user.unreadNotificationCount).toBeNull();
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('is batched across a list of users', async () => {
    const admin = await createUser(server, { roles: [Role.ADMIN] });
    const users: UserWithToken[] = [];
    for (let i = 0; i < 12; i += 1) {
      const u = await createUser(server);
      await seedNotifications(u, i % 3);
      users.push(u);
    }
    const query = `query ($ids: [ID!]!) { nodes(ids: $ids) { ... on User { unreadNotificationCount } } }`;
    const statementsFor = async (list: UserWithToken[]): Promise<number> => {
      const before = server.db.queries.count;
      const data = await server
        .client(admin.token)
        .ok<{ nodes: Array<{ unreadNotificationCount: number }> }>(query, { ids: list.map((u) => u.id) });
      expect(data.nodes.map((n) => n.unreadNotificationCount)).toEqual(list.map((_, i) => i % 3));
      return server.db.queries.count - before;
    };
    expect(await statementsFor(users)).toBe(await statementsFor(users.slice(0, 3)));
  });
});

describe('node(id) for a Notification', () => {
  it('returns it to its recipient and null to anyone else, admins included', async () => {
    const me = await createUser(server);
    const other = await createUser(server);
    const admin = await createUser(server, { roles: [Role.ADMIN] });
    const [id] = await seedNotifications(me, 1);
    const query = `query ($id: ID!) { node(id: $id) { id ... on Notification { kind } } }`;
    const mine = await server.client(me.token).ok<{ node: { id: string; kind: string } | null }>(query, { id });
    expect(mine.node).toEqual({ id, kind: 'PROFILE_REMINDER' });
    for (const token of [other.token, admin.token]) {
      const res = await server.client(token).ok<{ node: null }>(query, { id });
      expect(res.node).toBeNull();
    }
  });
});

describe('Notification.details', () => {
  it("resolves the payload as its kind's typed object", async () => {
    const me = await createUser(server);
    const db = manager(server);
    await notify(db, me.user.id, notices.badgeEarned({ name: BadgeName.FIRST_MESSAGE_SENT, title: 'First message' }));
    await notify(db, me.user.id, notices.profileReminder({ profileCompletionPercentage: 60 }));
    const data = await server
      .client(me.token)
      .ok<{ notifications: { nodes: Array<{ kind: string; details: unknown }> } }>(
        `{ notifications(first: 10) { nodes { kind details { __typename
          ... on BadgeEarnedDetails { badge title }
          ... on ProfileReminderDetails { profileCompletionPercentage } } } } }`,
      );
    expect(Object.fromEntries(data.notifications.nodes.map((n) => [n.kind, n.details]))).toEqual({
      BADGE_EARNED: { __typename: 'BadgeEarnedDetails', badge: 'FIRST_MESSAGE_SENT', title: 'First message' },
      PROFILE_REMINDER: { __typename: 'ProfileReminderDetails', profileCompletionPercentage: 60 },
    });
  });
});
