import { toGlobalId } from '../src/common/global-id';
import { AuditLog } from '../src/modules/audit/audit-log.entity';
import { Role } from '../src/modules/role/role';
import { createUser, manager, type UserWithToken } from './helpers/factories';
import { startTestServer, type TestServer } from './helpers/server';

const DAY = 24 * 3600 * 1000;

let server: TestServer;
let admin: UserWithToken;
let owner: UserWithToken;
let mentor: UserWithToken;
let learner: UserWithToken;
let now: number;
/** Global ids of the seeded entries, oldest first. */
const seeded: string[] = [];
const taskUuid = '11111111-2222-4333-8444-555555555555';

async function entry(fields: Partial<AuditLog> & { action: string; createdAt: Date }): Promise<string> {
  const db = manager(server);
  const row = await db.save(db.create(AuditLog, { requestId: 'seed', ...fields }));
  return toGlobalId('AuditLog', row.id);
}

beforeAll(async () => {
  server = await startTestServer();
  now = server.deps.clock().getTime();
  admin = await createUser(server, { roles: [Role.ADMIN], firstName: 'Ada' });
  owner = await createUser(server, { roles: [Role.OWNER] });
  mentor = await createUser(server, { roles: [Role.MENTOR] });
  learner = await createUser(server, { firstName: 'Lea' });
  // Five entries on five distinct days, oldest first.
  seeded.push(
    await entry({
      action: 'auth.sign_in',
      actorId: learner.user.id,
      targetType: 'User',
      targetId: learner.user.id,
      createdAt: new Date(now - 10 * DAY),
    }),
    await entry({
      action: 'user.update',
      actorId: admin.user.id,
      targetType: 'User',
      targetId: learner.user.id,
      createdAt: new Date(now - 8 * DAY),
      before: { city: 'Lima' },
      after: { city: 'Quito' },
    }),
    await entry({
      action: 'task.update',
      actorId: mentor.user.id,
      targetType: 'Task',
      targetId: taskUuid,
      createdAt: new Date(now - 6 * DAY),
    }),
    await entry({
      action: 'user.update',
      actorId: admin.user.id,
      targetType: 'User',
      targetId: mentor.user.id,
      createdAt: new Date(now - 4 * DAY),
    }),
    await entry({ action: 'system.cleanup', actorId: null, createdAt: new Date(now - 2 * DAY) }),
  );
});
afterAll(() => server.close());

const AUDIT = `query ($first: Int, $after: String, $last: Int, $before: String, $filter: AuditLogFilter) {
  auditLog(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
    totalCount
    nodes { id action targetType targetId before after reason requestId createdAt actor { id } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

interface Entry {
  id: string;
  action: string;
  targetType: string | null;
  targetId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  reason: string | null;
  requestId: string | null;
  createdAt: string;
  actor: { id: string } | null;
}
interface AuditData {
  auditLog: {
    totalCount: number;
    nodes: Entry[];
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  };
}

async function list(variables: Record<string, unknown>): Promise<AuditData['auditLog']> {
  return (await server.client(admin.token).ok<AuditData>(AUDIT, { first: 50, ...variables })).auditLog;
}

describe('auditLog', () => {
  it('lists entries newest first, with the actor and the target as global ids', async () => {
    const page = await list({ filter: { to: new Date(now).toISOString() } });
    expect(page.totalCount).toBe(5);
    expect(page.nodes.map((n) => n.id)).toEqual([...seeded].reverse());
    expect(page.nodes[3]).toMatchObject({
      action: 'user.update',
      actor: { id: admin.id },
      targetType: 'User',
      targetId: learner.id,
      before: { city: 'Lima' },
      after: { city: 'Quito' },
    });
    expect(page.nodes[2].targetId).toBe(toGlobalId('Task', taskUuid));
    expect(page.nodes[0]).toMatchObject({ action: 'system.cleanup', actor: null, targetId: null });
  });

  it('pages forward and backward with cursors', async () => {
    const filter = { to: new Date(now).toISOString() };
    const first = await list({ first: 2, filter });
    expect(first.nodes.map((n) => n.id)).toEqual([seeded[4], seeded[3]]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await list({ first: 2, after: first.pageInfo.endCursor, filter });
    expect(second.nodes.map((n) => n.id)).toEqual([seeded[2], seeded[1]]);
    const back = await list({ first: null, last: 1, before: second.pageInfo.startCursor, filter });
    expect(back.nodes.map((n) => n.id)).toEqual([seeded[3]]);
  });

  it('refuses learners and mentors (FORBIDDEN) and anonymous callers (UNAUTHENTICATED)', async () => {
    const notAllowed = { code: 'FORBIDDEN', reason: 'NOT_ALLOWED' };
    expect(await server.client(learner.token).refusal(AUDIT, { first: 5 })).toEqual(notAllowed);
    expect(await server.client(mentor.token).refusal(AUDIT, { first: 5 })).toEqual(notAllowed);
    expect(await server.client().refusal(AUDIT, { first: 5 })).toEqual({
      code: 'UNAUTHENTICATED',
      reason: 'SIGN_IN_REQUIRED',
    });
  });

  it('is open to owners', async () => {
    const data = await server.client(owner.token).ok<AuditData>(AUDIT, { first: 1 });
    expect(data.auditLog.nodes).toHaveLength(1);
  });

  it('loads actors in one batch, whatever the page size', async () => {
    const count = async (first: number): Promise<number> => {
      const before = server.db.queries.count;
      // As the owner: the viewer is already in the user loader's cache, and the owner acted on nothing here.
      await server.client(owner.token).ok(AUDIT, { first, filter: { to: new Date(now).toISOString() } });
      return server.db.queries.count - before;
    };
    expect(await count(5)).toBe(await count(2));
  });
});

describe('auditLog filters', () => {
  const ids = (page: AuditData['auditLog']): string[] => page.nodes.map((n) => n.id);

  it('narrows by actor', async () => {
    expect(ids(await list({ filter: { actorId: admin.id } }))).toEqual([seeded[3], seeded[1]]);
    expect(ids(await list({ filter: { actorId: mentor.id } }))).toEqual([seeded[2]]);
  });

  it('narrows by target, matching the target type as well as the id', async () => {
    expect(ids(await list({ filter: { targetId: learner.id } }))).toEqual([seeded[1], seeded[0]]);
    expect(ids(await list({ filter: { targetId: toGlobalId('Task', taskUuid) } }))).toEqual([seeded[2]]);
    // The learner's uuid under another type names another record.
    expect(ids(await list({ filter: { targetId: toGlobalId('Task', learner.user.id) } }))).toEqual([]);
  });

  it('narrows by action', async () => {
    expect(ids(await list({ filter: { action: 'user.update' } }))).toEqual([seeded[3], seeded[1]]);
    expect(ids(await list({ filter: { action: 'user' } }))).toEqual([]);
  });

  it('narrows by time range, both ends inclusive', async () => {
    const at = (days: number): string => new Date(now - days * DAY).toISOString();
    expect(ids(await list({ filter: { from: at(8), to: at(4) } }))).toEqual([seeded[3], seeded[2], seeded[1]]);
    expect(ids(await list({ filter: { from: at(7), to: at(3) } }))).toEqual([seeded[3], seeded[2]]);
    expect(ids(await list({ filter: { to: at(9) } }))).toEqual([seeded[0]]);
  });

  it('combines filters', async () => {
    const filter = {
      actorId: admin.id,
      action: 'user.update',
      targetId: mentor.id,
      from: new Date(now - 5 * DAY).toISOString(),
    };
    const page = await list({ filter });
    expect(ids(page)).toEqual([seeded[3]]);
    expect(page.totalCount).toBe(1);
  });

  it('refuses malformed ids, an actor id of another type and a reversed range (BAD_USER_INPUT)', async () => {
    const client = server.client(admin.token);
    const malformed = await client.request(AUDIT, { filter: { targetId: 'garbage' } });
    expect(malformed.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_INPUT',
      fields: { 'filter.targetId': expect.any(String) },
    });
    const wrongType = await client.request(AUDIT, { filter: { actorId: toGlobalId('Task', taskUuid) } });
    expect(wrongType.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_INPUT',
      fields: { 'filter.actorId': expect.any(String) },
    });
    const reversed = await client.request(AUDIT, {
      filter: { from: new Date(now).toISOString(), to: new Date(now - DAY).toISOString() },
    });
    expect(reversed.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('finds the entry a role change wrote, with who did it and why', async () => {
    const target = await createUser(server);
    await server
      .client(admin.token)
      .ok(`mutation ($input: AssignRoleInput!) { assignRole(input: $input) { userRole { id } } }`, {
        input: { userId: target.id, role: 'MENTOR', reason: 'Promoted' },
      });
    const page = await list({ filter: { action: 'role.assign', targetId: target.id } });
    expect(page.nodes).toHaveLength(1);
    expect(page.nodes[0]).toMatchObject({
      actor: { id: admin.id },
      targetType: 'User',
      targetId: target.id,
      reason: 'Promoted',
      after: { role: 'MENTOR', effectiveEndDate: null },
    });
    expect(page.nodes[0].requestId).toEqual(expect.any(String));
  });
});

describe('AuditLog node', () => {
  const NODE = `query ($id: ID!) { node(id: $id) { id ... on AuditLog { action } } }`;

  it('is fetchable by admins and hidden from everyone else', async () => {
    const data = await server
      .client(admin.token)
      .ok<{ node: { id: string; action: string } | null }>(NODE, { id: seeded[0] });
    expect(data.node).toEqual({ id: seeded[0], action: 'auth.sign_in' });
    // Even the entry about the learner's own sign-in is not theirs to read here.
    const hidden = await server.client(learner.token).ok<{ node: unknown }>(NODE, { id: seeded[0] });
    expect(hidden.node).toBeNull();
  });
});
