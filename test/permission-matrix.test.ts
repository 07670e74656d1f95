import { getDirective } from '@graphql-tools/utils';
import type { GraphQLObjectType } from 'graphql';
import { createSchema } from '../src/app/schema';
import { Role } from '../src/modules/role/role';
import { HOUR } from './helpers/class-factories';
import type { UserWithToken } from './helpers/factories';
import { createActor, createSubject } from './helpers/matrix-fixtures';
import { ACCESS_CASES } from './helpers/permission-cases-access';
import { LEARNING_CASES } from './helpers/permission-cases-learning';
import { USER_CASES } from './helpers/permission-cases-users';
import {
  ASSIGN,
  REVOKE,
  casesOf,
  inHours,
  mutation,
  rootFieldOf,
  valueAt,
  type Case,
  type Data,
} from './helpers/permission-matrix';
import { roleWindowId } from './helpers/role-factories';
import { startTestServer, type TestServer } from './helpers/server';

// SPEC §3, cell by cell: the rows are in helpers/permission-cases-*.ts, what each outcome means in
// helpers/permission-matrix.ts.

let server: TestServer;
/** The other user whose public card and private fields are read. */
let subject: UserWithToken;

beforeAll(async () => {
  server = await startTestServer();
  subject = await createSubject(server);
});
afterAll(() => server.close());

const future = (hours = 24): string => inHours(server, hours);

const CASES: Case[] = casesOf([...USER_CASES, ...LEARNING_CASES, ...ACCESS_CASES]);

describe('SPEC §3 permission matrix', () => {
  it.each(CASES.map((c) => [`${c.row} · ${c.operation} · as ${c.as} → ${c.expect}`, c] as const))(
    '%s',
    async (_title, c) => {
      const me = await createActor(server, c.as);
      const { variables = {}, verify } = c.op.prepare ? await c.op.prepare(me, { server, subject }) : {};
      const res = await server.client(c.as === 'ANON' ? undefined : me.token).request<Data>(c.op.query, variables);
      const root = [rootFieldOf(c.op.query)];
      const errors = (res.errors ?? []).map((e) => ({ code: e.extensions?.code, path: e.path }));

      if (c.expect === 'ALLOWED') {
        expect(errors).toEqual([]);
        const value = valueAt(res.data, c.op.field ?? root);
        if (!c.op.nullable) expect(value ?? null).not.toBeNull();
        verify?.(res.data ?? {});
        return;
      }
      if (c.expect === 'NOT_FOUND' && c.op.hiddenAsNull) {
        // Same answer as for an id that does not exist.
        expect(errors).toEqual([]);
        expect(valueAt(res.data, root)).toBeNull();
        return;
      }
      const fieldLevel = c.expect === 'FORBIDDEN' && c.op.field !== undefined;
      const path = fieldLevel && c.op.field ? c.op.field : root;
      expect(errors).toEqual([{ code: c.expect, path }]);
      if (fieldLevel) {
        // Only that field is withheld: the object itself (the public card) is still returned.
        expect(valueAt(res.data, path)).toBeNull();
        expect(valueAt(res.data, [...path.slice(0, -1), 'displayName'])).toEqual(expect.any(String));
      }
    },
  );

  it('walks every Query and Mutation root field as anonymous, expecting what its @auth rule says', async () => {
    const schema = await createSchema(server.env);
    const roots = [schema.getQueryType(), schema.getMutationType()].filter((t): t is GraphQLObjectType => Boolean(t));
    const rules = new Map<string, string>();
    for (const root of roots) {
      for (const field of Object.values(root.getFields())) {
        rules.set(field.name, String(getDirective(schema, field, 'auth')?.[0]?.requires));
      }
    }
    const anon = new Map(CASES.filter((c) => c.as === 'ANON').map((c) => [rootFieldOf(c.op.query), c.expect]));
    expect([...rules.keys()].filter((name) => !anon.has(name)).sort()).toEqual([]);
    for (const [name, outcome] of anon) {
      expect({ name, outcome }).toEqual({
        name,
        outcome: rules.get(name) === 'PUBLIC' ? 'ALLOWED' : 'UNAUTHENTICATED',
      });
    }
  });
});

describe('roles are evaluated at request time (SPEC §3)', () => {
  const CREATE_TASK = mutation('createTask', 'CreateTaskInput', 'task { id }');
  const TASK_INPUT = { input: { title: 'Later', content: '# x', type: 'VIDEO', difficulty: 'HARD' } };
  const AUDIT_LOG = `{ auditLog(first: 1) { totalCount } }`;

  it('a MENTOR window starting in an hour gives FORBIDDEN now and works once it has started, same token', async () => {
    const admin = await createActor(server, 'ADMIN');
    const learner = await createActor(server, 'LEARNER');
    await server.client(admin.token).ok(ASSIGN, {
      input: { userId: learner.id, role: 'MENTOR', effectiveStartDate: future(1) },
    });
    const client = server.client(learner.token);
    expect(await client.errorCode(CREATE_TASK, TASK_INPUT)).toBe('FORBIDDEN');
    server.advanceClock(2 * HOUR);
    const data = await client.ok<{ createTask: { task: { id: string } } }>(CREATE_TASK, TASK_INPUT);
    expect(data.createTask.task.id).toEqual(expect.any(String));
  });

  it('an ADMIN whose role an OWNER revokes gets FORBIDDEN on the very next request, same token', async () => {
    const owner = await createActor(server, 'OWNER');
    const admin = await createActor(server, 'ADMIN');
    const client = server.client(admin.token);
    await client.ok(AUDIT_LOG);
    await server.client(owner.token).ok(REVOKE, {
      input: { userRoleId: await roleWindowId(server, admin.user.id, Role.ADMIN) },
    });
    expect(await client.errorCode(AUDIT_LOG)).toBe('FORBIDDEN');
  });
});
