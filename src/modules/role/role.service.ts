import type { EntityManager } from 'typeorm';
import { Role } from './role';
import { UserRole } from './user-role.entity';

export interface GrantRole {
  userId: string;
  role: Role;
  effectiveStartDate?: Date;
  effectiveEndDate?: Date | null;
  assignedById?: string | null;
  reason?: string | null;
  adminNotes?: string | null;
}

/** Inserts a role window; the database refuses one that overlaps a window of the same role. */
export async function grantRole(manager: EntityManager, grant: GrantRole): Promise<UserRole> {
  const row = manager.create(UserRole, {
    userId: grant.userId,
    role: grant.role,
    effectiveStartDate: grant.effectiveStartDate ?? new Date(),
    effectiveEndDate: grant.effectiveEndDate ?? null,
    assignedById: grant.assignedById ?? null,
    reason: grant.reason ?? null,
    adminNotes: grant.adminNotes ?? null,
    isActive: true,
  });
  return manager.save(row);
}

/** The roles a user holds at `at`, read in `tx` (in the Role enum's order). */
export async function rolesAt(tx: EntityManager, userId: string, at: Date): Promise<Role[]> {
  return effectiveRoles(await tx.find(UserRole, { where: { userId } }), at);
}

/** The roles effective at `at` among a user's role rows, in the Role enum's order. */
export function effectiveRoles(rows: UserRole[], at: Date): Role[] {
  const held = new Set(rows.filter((r) => r.isEffectiveAt(at)).map((r) => r.role));
  return Object.values(Role).filter((role) => held.has(role));
}
