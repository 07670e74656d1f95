import { In, type EntityManager } from 'typeorm';

import type { Actor } from '../../auth/actor';

import { isOwner } from '../../auth/rules';

import { toGlobalId } from '../../common/global-id';

import { done, type Outcome } from '../../common/outcome';

import { BadUserInputError, CommonReason, ConflictError, ForbiddenError, NotFoundError } from '../../errors/app-error';
import { isExclusionViolation, isUniqueViolation } from '../../errors/db-errors';

import { recordAudit } from '../audit/audit.service';

import { queueMail, roleChangeFacts } from '../mail/mail.requests';

import { notices } from '../notification/notification.payloads';

import { notify } from '../notification/notification.service';

import { User, UserStatus } from '../user/user.entity';

import { grantRole } from './role.service';

import { Role } from './role';

import { RoleReason } from './role.reasons';

import { effectiveRoleSql } from './role-window';

import { UserRole } from './user-role.entity';

export interface AssignRoleCommand {
  userId: string;
  role: Role;
  effectiveStartDate?: Date | null;
  effectiveEndDate?: Date | null;
  reason?: string | null;
  adminNotes?: string | null;
}

export interface BulkAssignRoleCommand {
  userIds: string[];
  role: Role;
  reason?: string | null;
}

/** ADMIN and OWNER windows are the owners' business; admins manage LEARNER and MENTOR only. */
export function assertMayManageRole(actorRoles: readonly Role[], role: Role): void {
  if ((role === Role.ADMIN || role === Role.OWNER) && !isOwner(actorRoles)) {
    throw new ForbiddenError(RoleReason.OWNER_REQUIRED, `Only an owner may assign or revoke ${role}`);
  }
}

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

function windowOf(row: UserRole): Record<string, unknown> {
  return {
    role: row.role,
    userRoleId: row.id,
    effectiveStartDate: iso(row.effectiveStartDate),
    effectiveEndDate: iso(row.effectiveEndDate),
    isActive: row.isActive,
  };
}

/** Tells the user about a change of their roles, in the app and by e-mail (inside the change's transaction). */
async function notifyRoleChange(tx: EntityManager, row: UserRole, action: 'ASSIGNED' | 'REVOKED'): Promise<void> {
  await notify(tx, row.userId, notices.roleChanged(action, row));
  await queueMail(tx, 'roleChanged', row.userId, roleChangeFacts(action, row));
}

function checkWindow(start: Date, end: Date | null, now: Date): void {
  if (end === null) return;
  if (end <= start) {
    throw new BadUserInputError(
      'The window must end after it starts',
      { effectiveEndDate: 'must be after effectiveStartDate' },
      RoleReason.WINDOW_ENDS_BEFORE_START,
    );
  }
  // A window that is over before it is created would rewrite history instead of granting anything.
  if (end <= now) {
    throw new BadUserInputError(
      'The window must end in the future',
      { effectiveEndDate: 'must be in the future' },
      RoleReason.WINDOW_IN_PAST,
    );
  }
}

/** Inserts one window with its audit entry and notification; database conflicts become CONFLICT. */
async function insertWindow(
  manager: EntityManager,
  actor: Actor,
  user: User,
  cmd: AssignRoleCommand,
  failure: Record<string, unknown> = {},
): Promise<UserRole> {
  if (user.status === UserStatus.DELETED) {
    throw new ConflictError(RoleReason.USER_DELETED, 'Roles cannot be assigned to a deleted user', failure);
  }
  const start = cmd.effectiveStartDate ?? actor.now;
  const end = cmd.effectiveEndDate ?? null;
  let row: UserRole;
  try {
    row = await grantRole(manager, {
      userId: user.id,
      role: cmd.role,
      effectiveStartDate: start,
      effectiveEndDate: end,
      assignedById: actor.userId,
      reason: cmd.reason ?? null,
      adminNotes: cmd.adminNotes ?? null,
    });
  } catch (err) {
    if (isExclusionViolation(err, 'user_roles_no_overlap')) {
      throw new ConflictError(
        RoleReason.ROLE_WINDOW_OVERLAP,
        `${user.displayName} already holds ${cmd.role} during part of that window; revoke it or pick another window`,
        failure,
      );
    }
    if (isUniqueViolation(err, 'user_roles_user_role_start_key')) {
      throw new ConflictError(
        RoleReason.ROLE_WINDOW_EXISTS,
        `${user.displayName} already has a ${cmd.role} window starting at ${start.toISOString()}`,
        failure,
      );
    }
    throw err;
  }
  await recordAudit(manager, actor, {
    action: 'role.assign',
    targetType: 'User',
    targetId: user.id,
    before: null,
    after: windowOf(row),
    reason: cmd.reason ?? null,
  });
  await notifyRoleChange(manager, row, 'ASSIGNED');
  return row;
}

/** Gives a user a role over a window (default: from now, open-ended); audited and notified. */
export async function assignRole(tx: EntityManager, actor: Actor, cmd: AssignRoleCommand): Promise<Outcome<UserRole>> {
  assertMayManageRole(actor.roles, cmd.role);
  checkWindow(cmd.effectiveStartDate ?? actor.now, cmd.effectiveEndDate ?? null, actor.now);
  const user = await tx.findOne(User, { where: { id: cmd.userId } });
  if (!user) throw new NotFoundError('User');
  return done(await insertWindow(tx, actor, user, cmd));
}

/** Gives every listed user the role from now on, all or nothing; the error names the user that failed. */
export async function bulkAssignRole(
  tx: EntityManager,
  actor: Actor,
  cmd: BulkAssignRoleCommand,
): Promise<Outcome<UserRole[]>> {
  assertMayManageRole(actor.roles, cmd.role);
  const users = await tx.find(User, { where: { id: In(cmd.userIds) } });
  const byId = new Map(users.map((u) => [u.id, u]));
  const rows: UserRole[] = [];
  for (const [index, userId] of cmd.userIds.entries()) {
    const failure = { failedUserId: toGlobalId('User', userId), failedIndex: index };
    const user = byId.get(userId);
    if (!user) throw new NotFoundError(`User ${failure.failedUserId}`, CommonReason.NOT_FOUND, failure);
    rows.push(await insertWindow(tx, actor, user, { userId, role: cmd.role, reason: cmd.reason }, failure));
  }
  return done(rows);
}

/** The other users holding OWNER right now; locks the OWNER rows so two owners cannot revoke each other at once. */
async function otherEffectiveOwners(manager: EntityManager, userId: string, now: Date): Promise<number> {
  await manager.query(`SELECT id FROM user_roles WHERE role = 'OWNER' AND is_active ORDER BY id FOR UPDATE`);
  const [row] = (await manager.query(
    `SELECT count(DISTINCT r.user_id)::int AS n
       FROM user_roles r JOIN users u ON u.id = r.user_id
      WHERE r.role = 'OWNER' AND r.user_id <> $1 AND u.status <> 'DELETED'
        AND ${effectiveRoleSql('r', '$2')}`,
    [userId, now],
  )) as Array<{ n: number }>;
  return row.n;
}

/**
 * Ends a role window now; a window that has not started yet is deactivated instead. Rows are
 * never deleted. Refuses windows already ended or revoked, and the platform's last owner.
 */
export async function revokeRole(
  tx: EntityManager,
  actor: Actor,
  cmd: { userRoleId: string; reason?: string | null },
): Promise<Outcome<UserRole>> {
  const found = await tx.findOne(UserRole, { where: { id: cmd.userRoleId } });
  if (!found) throw new NotFoundError('Role');
  assertMayManageRole(actor.roles, found.role);
  const ownersElsewhere = found.role === Role.OWNER ? await otherEffectiveOwners(tx, found.userId, actor.now) : 1;
  const row = await tx
    .getRepository(UserRole)
    .createQueryBuilder('r')
    .setLock('pessimistic_write')
    .where('r.id = :id', { id: cmd.userRoleId })
    .getOneOrFail();
  if (!row.isActive) throw new ConflictError(RoleReason.ROLE_ALREADY_REVOKED, 'This role window was already revoked');
  if (row.effectiveEndDate !== null && row.effectiveEndDate <= actor.now) {
    throw new ConflictError(RoleReason.ROLE_WINDOW_ENDED, 'This role window has already ended');
  }
  const effectiveNow = row.isEffectiveAt(actor.now);
  if (row.role === Role.OWNER && effectiveNow && ownersElsewhere === 0) {
    throw new ConflictError(
      RoleReason.LAST_OWNER,
      'The last owner cannot be revoked; make someone else an owner first',
    );
  }
  const before = windowOf(row);
  // A window that has not started cannot end before its start (CHECK end > start): deactivate it.
  const change = row.effectiveStartDate >= actor.now ? { isActive: false } : { effectiveEndDate: actor.now };
  await tx.update(UserRole, { id: row.id }, change);
  Object.assign(row, change);
  await recordAudit(tx, actor, {
    action: 'role.revoke',
    targetType: 'User',
    targetId: row.userId,
    before,
    after: windowOf(row),
    reason: cmd.reason ?? null,
  });
  await notifyRoleChange(tx, row, 'REVOKED');
  return done(row);
}
