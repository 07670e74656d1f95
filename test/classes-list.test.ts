import { Role } from '../src/modules/role/role';
import { createUser, type UserWithToken } from './helpers/factories';
import { HOUR } from './helpers/class-factories';
import { CANCEL, COMPLETE, setUpClassSuite } from './helpers/class-suite';

const s = setUpClassSuite();

const LIST = `query ($first: Int, $after: String, $last: Int, $before: String, $filter: VirtualClassFilter) {
  virtualClasses(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
    totalCount nodes { id title status startsAt } pageInfo { hasNextPage endCursor }
  }
}`;

interface ListData {
  virtualClasses: {
    totalCount: number;
    nodes: Array<{ id: string; title: string; status: string; startsAt: string }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

describe('virtualClasses', () => {
  let host: UserWithToken;
  let ids: Record<string, string>;

  beforeAll(async () => {
    host = await createUser(s.server, { roles: [Role.MENTOR] });
    const soon = await s.book(host, { title: 'Soon', startsAt: s.inFuture(HOUR), durationMinutes: 30 });
    const later = await s.book(host, { title: 'Later', startsAt: s.inFuture(5 * HOUR) });
    const latest = await s.book(host, { title: 'Latest', startsAt: s.inFuture(10 * HOUR) });
    const cancelled = await s.book(host, { title: 'Cancelled', startsAt: s.inFuture(3 * HOUR) });
    await s.server.client(host.token).ok(CANCEL, { input: { classId: cancelled.id } });
    const done = await s.book(host, { title: 'Done', startsAt: s.inFuture(4 * HOUR) });
    await s.server.client(host.token).ok(COMPLETE, { input: { classId: done.id } });
    ids = { soon: soon.id, later: later.id, latest: latest.id, cancelled: cancelled.id, done: done.id };
  });

  const titles = async (filter: Record<string, unknown>, extra: Record<string, unknown> = {}): Promise<string[]> => {
    const data = await s.server
      .client(host.token)
      .ok<ListData>(LIST, { first: 50, ...extra, filter: { hostId: host.id, ...filter } });
    return data.virtualClasses.nodes.map((n) => n.title);
  };

  it('lists classes by start time, earliest first, and pages both ways', async () => {
    expect(await titles({})).toEqual(['Soon', 'Cancelled', 'Done', 'Later', 'Latest']);
    const page = await s.server.client(host.token).ok<ListData>(LIST, { first: 2, filter: { hostId: host.id } });
    expect(page.virtualClasses.totalCount).toBe(5);
    expect(page.virtualClasses.pageInfo.hasNextPage).toBe(true);
    expect(await titles({}, { first: 2, after: page.virtualClasses.pageInfo.endCursor })).toEqual(['Done', 'Later']);
    expect(await titles({}, { first: undefined, last: 2 })).toEqual(['Later', 'Latest']);
  });

  it('filters by stored status and by the start window', async () => {
    expect(await titles({ status: 'CANCELLED' })).toEqual(['Cancelled']);
    expect(await titles({ status: 'COMPLETED' })).toEqual(['Done']);
    expect(await titles({ status: 'SCHEDULED' })).toEqual(['Soon', 'Later', 'Latest']);
    expect(await titles({ from: s.inFuture(2 * HOUR), to: s.inFuture(6 * HOUR) })).toEqual([
      'Cancelled',
      'Done',
      'Later',
    ]);
  });

  it('derives PENDING once a scheduled class has ended, in the field and in the filter', async () => {
    expect(await titles({ status: 'PENDING' })).toEqual([]);
    s.server.advanceClock(2 * HOUR); // "Soon" (1h from then, 30 min) has ended
    expect(await titles({ status: 'PENDING' })).toEqual(['Soon']);
    expect(await titles({ status: 'SCHEDULED' })).toEqual(['Later', 'Latest']);
    const data = await s.server.client(host.token).ok<ListData>(LIST, { first: 1, filter: { hostId: host.id } });
    expect(data.virtualClasses.nodes[0]).toMatchObject({ title: 'Soon', status: 'PENDING' });
  });

  it('filters by host and refuses anonymous callers', async () => {
    const other = await createUser(s.server);
    expect(await titles({ hostId: other.id })).toEqual([]);
    expect(await s.server.client().errorCode(LIST, {})).toBe('UNAUTHENTICATED');
    expect(ids.latest).toBeDefined();
  });
});

describe('VirtualClass.participants', () => {
  const PARTICIPANTS = `query ($id: ID!, $first: Int, $after: String) {
    node(id: $id) { ... on VirtualClass {
      participants(first: $first, after: $after) { totalCount nodes { id } pageInfo { hasNextPage hasPreviousPage endCursor } }
    } }
  }`;
  interface PData {
    node: {
      participants: {
        totalCount: number;
        nodes: Array<{ id: string }>;
        pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string };
      };
    };
  }

  it('lists the host first, then members in join order, page by page', async () => {
    const host = await createUser(s.server);
    const members = [await createUser(s.server), await createUser(s.server), await createUser(s.server)];
    const cls = await s.book(host);
    for (const m of members) await s.join(m, cls.id);
    const client = s.server.client(members[0].token);
    const first = await client.ok<PData>(PARTICIPANTS, { id: cls.id, first: 2 });
    expect(first.node.participants.totalCount).toBe(4);
    expect(first.node.participants.nodes.map((n) => n.id)).toEqual([host.id, members[0].id]);
    expect(first.node.participants.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const rest = await client.ok<PData>(PARTICIPANTS, {
      id: cls.id,
      first: 2,
      after: first.node.participants.pageInfo.endCursor,
    });
    expect(rest.node.participants.nodes.map((n) => n.id)).toEqual([members[1].id, members[2].id]);
    expect(rest.node.participants.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(await client.errorCode(PARTICIPANTS, { id: cls.id, first: 0 })).toBe('BAD_USER_INPUT');
    const forged = Buffer.from(JSON.stringify(['yesterday', 'not-a-uuid'])).toString('base64url');
    expect(await client.errorCode(PARTICIPANTS, { id: cls.id, after: forged })).toBe('BAD_USER_INPUT');
  });
});
