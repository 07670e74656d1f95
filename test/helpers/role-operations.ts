import { Role } from '../../src/modules/role/role';
import { createUser, type UserWithToken } from './factories';
import type { TestServer } from './server';

const WINDOW = `id role effectiveStartDate effectiveEndDate isActive reason user { id } assignedBy { id }`;
export const ASSIGN = `mutation ($input: AssignRoleInput!) {
  assignRole(input: $input) { userRole { ${WINDOW} adminNotes } user { id effectiveRoles } }
}`;
export const REVOKE = `mutation ($input: RevokeRoleInput!) {
  revokeRole(input: $input) { userRole { ${WINDOW} } user { id effectiveRoles } }
}`;
export const BULK = `mutation ($input: BulkAssignRoleInput!) {
  bulkAssignRole(input: $input) { userRoles { ${WINDOW} } users { id effectiveRoles } }
}`;

/** A role window as the operations above select it. */
export interface Window {
  id: string;
  role: Role;
  effectiveStartDate: string;
  effectiveEndDate: string | null;
  isActive: boolean;
  reason: string | null;
  user: { id: string };
  assignedBy: { id: string } | null;
  adminNotes?: string | null;
}

export interface ChangePayload {
  userRole: Window;
  user: { id: string; effectiveRoles: Role[] };
}

/** The roles a token's user holds now, as the API evaluates them on this request. */
export async function effectiveRolesOf(server: TestServer, token: string): Promise<Role[]> {
  const data = await server.client(token).ok<{ viewer: { effectiveRoles: Role[] } }>(`{ viewer { effectiveRoles } }`);
  return data.viewer.effectiveRoles;
}

/** One user of each role, as the role tests act with them. */
export interface RoleCast {
  owner: UserWithToken;
  admin: UserWithToken;
  mentor: UserWithToken;
  learner: UserWithToken;
}

export async function createRoleCast(server: TestServer): Promise<RoleCast> {
  return {
    owner: await createUser(server, { roles: [Role.OWNER], firstName: 'Olga' }),
    admin: await createUser(server, { roles: [Role.ADMIN], firstName: 'Adam' }),
    mentor: await createUser(server, { roles: [Role.MENTOR], firstName: 'Mia' }),
    learner: await createUser(server, { firstName: 'Leo' }),
  };
}
