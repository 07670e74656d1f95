import { fromGlobalId } from '../src/common/global-id';
import { UserActivity } from '../src/modules/activity/user-activity.entity';
import { Role } from '../src/modules/role/role';
import { User } from '../src/modules/user/user.entity';
import { VirtualClass } from '../src/modules/virtual-class/virtual-class.entity';
import { createUser, manager, type UserWithToken } from './helpers/factories';
import { insertClass, insertTask } from './helpers/class-factories';
import { realPostgres } from './helpers/database';
import { startTestServer, type TestServer } from './helpers/server';

const pgIt = realPostgres() ? it : it.skip;

let server: TestServer;
let admin: UserWithToken;

beforeAll(async () => {
  server = await startTestServer();
  admin = await createUser(server, { roles: [Role.ADMIN] });
});
afterAll(() => server.close());

const JOIN = `mutation ($input: JoinClassInput!) { joinClass(input: $input) { virtualClass { currentParticipants } } }`;
const COMPLETE = `mutation ($input: CompleteClassInput!) { completeClass(input: $input) { virtualClass { status } } }`;

const createUsers = async (n: number): Promise<UserWithToken[]> => {
  const users: UserWithToken[] = [];
  for (let i = 0; i < n; i += 1) users.push(await createUser(server, { firstName: `Member${i}` }));
  return users;
};

/**
 * Runs the same mutation concurrently, one request per token; returns each request's error code
 * and reason as `CODE/REASON` (undefined = ok).
 */
async function race(
  tokens: string[],
  query: string,
  variables: Record<string, unknown>,
): Promise<Array<string | undefined>> {
  const results = await Promise.all(tokens.map((t) => server.client(t).request(query, variables)));
  return results.map((r) => {
    const extensions = r.errors?.[0]?.extensions;
    return extensions ? `${String(extensions.code)}/${String(extensions.reason)}` : undefined;
  });
}

describe('joinClass under concurrency', () => {
  pgIt(
    'gives the last seat to exactly one of 120 simultaneous joiners (needs real PostgreSQL: PGlite runs one statement at a time)',
    async () => {
      const host = await createUser(server);
      const seated = await createUsers(3);
      const { cls, id } = await insertClass(server, {
        hostId: host.user.id,
        participantIds: seated.map((u) => u.user.id),
        maxParticipants: 5,
      });
      const contenders = await createUsers(120);
      const codes = await race(
        contenders.map((u) => u.token),
        JOIN,
        { input: { classId: id } },
      );
      expect(codes.filter((c) => c === undefined)).toHaveLength(1);
      expect(codes.filter((c) => c === 'CONFLICT/CLASS_FULL')).toHaveLength(119);
      const db = manager(server);
      const row = await db.findOneByOrFail(VirtualClass, { id: cls.id });
      expect(row.participantCount).toBe(5);
      expect(await db.count(UserActivity, { where: { classId: cls.id } })).toBe(5);
    },
  );
});

describe('completeClass under concurrency', () => {
  pgIt(
    'lets exactly one of 100 simultaneous completions win and counts each member once (needs real PostgreSQL: PGlite runs one statement at a time)',
    async () => {
      const host = await createUser(server, { roles: [Role.MENTOR] });
      const members = await createUsers(4);
      const { id } = await insertClass(server, { hostId: host.user.id, participantIds: members.map((u) => u.user.id) });
      const tokens = [...Array(50).fill(admin.token), ...Array(50).fill(host.token)] as string[];
      const codes = await race(tokens, COMPLETE, { input: { classId: id } });
      expect(codes.filter((c) => c === undefined)).toHaveLength(1);
      expect(codes.filter((c) => c === 'CONFLICT/CLASS_ALREADY_COMPLETED')).toHaveLength(99);
      const db = manager(server);
      for (const u of [host, ...members]) {
        expect((await db.findOneByOrFail(User, { id: u.user.id })).totalClasses).toBe(1);
      }
      const done = await db.find(UserActivity, { where: { classId: fromGlobalId(id).id } });
      expect(done.every((a) => a.completed)).toBe(true);
    },
  );
});

describe('DataLoader batching of virtualClasses', () => {
  const QUERY = `query ($first: Int!, $hostId: ID) {
    virtualClasses(first: $first, filter: { hostId: $hostId }) {
      nodes {
        host { displayName }
        task { title }
        participants(first: 5) { nodes { displayName } }
      }
    }
  }`;

  it('runs the same number of SQL statements for 5 and for 20 classes', async () => {
    const host = await createUser(server, { roles: [Role.MENTOR] });
    const people = await createUsers(8);
    const { task } = await insertTask(server, host.user.id, { title: 'Shared task' });
    const db = manager(server);
    for (let i = 0; i < 22; i += 1) {
      const start = new Date(server.deps.clock().getTime() + (i + 1) * 3_600_000);
      const participants = people.slice(i % 4, (i % 4) + 3 + (i % 3)).map((u) => u.user.id);
      const { cls } = await insertClass(server, {
        hostId: host.user.id,
        participantIds: participants,
        startsAt: start,
      });
      if (i % 2 === 0) await db.update(VirtualClass, { id: cls.id }, { taskId: task.id });
    }
    const client = server.client(people[0].token);
    const statements = async (first: number): Promise<number> => {
      const before = server.db.queries.count;
      const data = await client.ok<{
        virtualClasses: { nodes: Array<{ participants: { nodes: unknown[] }; task: unknown }> };
      }>(QUERY, { first, hostId: host.id });
      expect(data.virtualClasses.nodes).toHaveLength(first);
      expect(data.virtualClasses.nodes.every((n) => n.participants.nodes.length >= 4)).toBe(true);
      return server.db.queries.count - before;
    };
    const small = await statements(5);
    const large = await statements(20);
    expect(large).toBe(small);
    expect(small).toBeLessThanOrEqual(8);
  });
});
