import { randomUUID } from 'node:crypto';
import { Kind, parse } from 'graphql';
import { toGlobalId } from '../../src/common/global-id';
import type { Role } from '../../src/modules/role/role';
import { HOUR } from './class-factories';
import { createUser, type UserWithToken } from './factories';
import { createBareUser, type As } from './matrix-fixtures';
import { roleWindowId } from './role-factories';
import type { TestServer } from './server';

/*
 * The vocabulary of the SPEC §3 permission matrix (test/permission-matrix.test.ts); its rows are in
 * permission-cases-*.ts. Every case runs as a FRESH caller of the named role (effective roles:
 * LEARNER plus that role) against fresh targets where the operation consumes state, and asserts
 * the outcome:
 *   ALLOWED          no errors, and the value at the rule's path is there;
 *   FORBIDDEN, …     exactly one error, with that code, at the root field — or, for a
 *                    field-level rule (`field`), at that field, which reads null while the rest
 *                    of the object is returned;
 *   NOT_FOUND        as above, or for `node(id)` (hiddenAsNull): no error and null, so the
 *                    caller cannot tell a hidden record from an absent one.
 */

/** What the cases run against, made in the test's beforeAll and handed to each `prepare`. */
export interface MatrixWorld {
  server: TestServer;
  /** The other user whose public card and private fields are read. */
  subject: UserWithToken;
}

export type Outcome = 'ALLOWED' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'NOT_FOUND' | 'CONFLICT';
export type Data = Record<string, unknown>;

export interface Prepared {
  variables?: Record<string, unknown>;
  /** Extra checks on an ALLOWED answer. */
  verify?: (data: Data) => void;
}

export interface Op {
  row: string;
  operation: string;
  query: string;
  /** Path of a field-level rule: a refusal is null + error at this path, not at the root field. */
  field?: string[];
  /** The root field answers null (no error) for a record the caller may not see. */
  hiddenAsNull?: boolean;
  /** ALLOWED may answer null at the root (viewer for anonymous callers). */
  nullable?: boolean;
  expect: Partial<Record<As, Outcome>>;
  /** Creates what the case needs for caller `me` (a LEARNER stand-in for ANON) and returns the variables. */
  prepare?: (me: UserWithToken, world: MatrixWorld) => Promise<Prepared>;
}

export interface Case {
  row: string;
  operation: string;
  as: As;
  expect: Outcome;
  op: Op;
}

export const A = 'ALLOWED';
export const F = 'FORBIDDEN';
export const U = 'UNAUTHENTICATED';
export const NF = 'NOT_FOUND';

export const EVERYONE = { LEARNER: A, MENTOR: A, ADMIN: A, OWNER: A, ANON: U } as const;
export const MENTOR_UP = { LEARNER: F, MENTOR: A, ADMIN: A, OWNER: A, ANON: U } as const;
export const ADMIN_UP = { LEARNER: F, MENTOR: F, ADMIN: A, OWNER: A, ANON: U } as const;
export const OWNER_ONLY = { LEARNER: F, MENTOR: F, ADMIN: F, OWNER: A, ANON: U } as const;
export const ANON_ONLY = { ANON: U } as const;

/** An ISO time `hours` after the server clock. */
export const inHours = (server: TestServer, hours = 24): string =>
  new Date(server.deps.clock().getTime() + hours * HOUR).toISOString();
export const someId = (type: string): string => toGlobalId(type, randomUUID());
export const mutation = (name: string, input: string, selection: string): string =>
  `mutation ($input: ${input}!) { ${name}(input: $input) { ${selection} } }`;

export const ASSIGN = mutation('assignRole', 'AssignRoleInput', 'userRole { id role }');
export const REVOKE = mutation('revokeRole', 'RevokeRoleInput', 'userRole { id role isActive effectiveEndDate }');
export const BULK_ASSIGN = mutation('bulkAssignRole', 'BulkAssignRoleInput', 'userRoles { id role }');

/** assignRole of `role` to a fresh target (without roles, so even LEARNER does not overlap). */
export const assignOp = (row: string, role: Role, expect: Op['expect']): Op => ({
  row,
  operation: `assignRole ${role}`,
  query: ASSIGN,
  expect,
  prepare: async (_me, { server }) => ({ variables: { input: { userId: (await createBareUser(server)).id, role } } }),
});

/** revokeRole of a fresh target's window of `role`. */
export const revokeOp = (row: string, role: Role, expect: Op['expect']): Op => ({
  row,
  operation: `revokeRole ${role}`,
  query: REVOKE,
  expect,
  prepare: async (_me, { server }) => {
    const target = await createUser(server, { roles: [role] });
    return { variables: { input: { userRoleId: await roleWindowId(server, target.user.id, role) } } };
  },
});

export const bulkOp = (row: string, role: Role, expect: Op['expect']): Op => ({
  row,
  operation: `bulkAssignRole ${role}`,
  query: BULK_ASSIGN,
  expect,
  prepare: async (_me, { server }) => ({
    variables: { input: { userIds: [(await createBareUser(server)).id], role } },
  }),
});

/** One case per cell: each operation as each caller its row names. */
export const casesOf = (ops: Op[]): Case[] =>
  ops.flatMap((op) =>
    (Object.entries(op.expect) as Array<[As, Outcome]>).map(([as, expected]) => ({
      row: op.row,
      operation: op.operation,
      as,
      expect: expected,
      op,
    })),
  );

/** The root field an operation document selects first. */
export function rootFieldOf(query: string): string {
  const def = parse(query).definitions[0];
  if (def.kind !== Kind.OPERATION_DEFINITION) throw new Error('not an operation');
  const sel = def.selectionSet.selections[0];
  if (sel.kind !== Kind.FIELD) throw new Error('not a field');
  return sel.name.value;
}

export function valueAt(data: Data | null, path: readonly string[]): unknown {
  let value: unknown = data;
  for (const key of path) value = value === null || value === undefined ? value : (value as Data)[key];
  return value;
}
