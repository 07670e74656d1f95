import type { EntityManager } from 'typeorm';
import { isOwner } from '../../auth/rules';
import { requireViewer } from '../../auth/viewer';
import { idOf } from '../../common/global-id';
import { BadUserInputError, ConflictError, ForbiddenError } from '../../errors/app-error';
import { isUniqueViolation } from '../../errors/db-errors';
import { recordAudit } from '../audit/audit.service';
import { BadgeName } from '../badge/badge.entity';
import { awardBadges } from '../badge/badge.service';
import { Role } from '../role/role';
import { UserRole } from '../role/user-role.entity';
import { effectiveRoles } from '../role/role.service';
import {
  checkRevision,
  lockUser,
  readProfileInput,
  refreshUserLoaders,
  refuseNulls,
  updateUserRow,
  writeProfile,
  type ProfileWriteResult,
} from './profile-changes';
import type { ServiceContext } from './profile.service';
import type { DeleteUserInput, RestoreUserInput, SetUserStatusInput, UpdateUserInput } from './user-admin.inputs';
import { User, UserStatus } from './user.entity';

/** Locks the target and checks the viewer may administer it: only OWNERs act on OWNERs. */
async function lockTarget(manager: EntityManager, ctx: ServiceContext, globalId: string): Promise<User> {
  const target = await lockUser(manager, idOf('User', globalId, 'id'));
  if (!isOwner(ctx.actor.roles)) {
    const rows = await manager.find(UserRole, { where: { userId: target.id, role: Role.OWNER } });
    if (effectiveRoles(rows, ctx.actor.now).includes(Role.OWNER)) {
      throw new ForbiddenError('Only an owner may act on an owner');
    }
  }
  return target;
}

/** Nobody suspends or deletes themselves (an admin could lock the platform out of its last admin). */
function refuseSelf(ctx: ServiceContext, target: User): void {
  if (target.id === requireViewer(ctx).id) throw new ForbiddenError('You cannot do this to your own account');
}

async function statusChange(
  ctx: ServiceContext,
  globalId: string,
  action: string,
  reason: string | null,
  apply: (target: User) => Partial<User>,
): Promise<User> {
  const user = await ctx.db.transaction(async (manager) => {
    const target = await lockTarget(manager, ctx, globalId);
    const patch = apply(target);
    const before = { status: target.status, deletedAt: target.deletedAt?.toISOString() ?? null };
    await updateUserRow(manager, target.id, patch);
    const saved = await manager.findOneOrFail(User, { where: { id: target.id } });
    await recordAudit(manager, ctx.actor, {
      action,
      targetType: 'User',
      targetId: target.id,
      before,
      after: { status: saved.status, deletedAt: saved.deletedAt?.toISOString() ?? null },
      reason,
    });
    return saved;
  });
  refreshUserLoaders(ctx.loaders, user);
  return user;
}

/** Admin edit of another user's profile, email and flags (audited as user.update). */
export async function updateUser(ctx: ServiceContext, input: UpdateUserInput): Promise<User> {
  refuseNulls(input, ['email', 'messagingDisabled', 'profileFieldChangeDisabled']);
  const change = readProfileInput(input);
  if (input.email !== undefined) change.patch.email = input.email.trim().toLowerCase();
  if (input.messagingDisabled !== undefined) change.patch.messagingDisabled = input.messagingDisabled;
  if (input.profileFieldChangeDisabled !== undefined) {
    change.patch.profileFieldChangeDisabled = input.profileFieldChangeDisabled;
  }
  let result: ProfileWriteResult;
  try {
    result = await ctx.db.transaction(async (manager) => {
      const target = await lockTarget(manager, ctx, input.id);
      checkRevision(target, input.revision);
      return writeProfile(manager, ctx.actor, target, change, { action: 'user.update', reason: input.reason });
    });
  } catch (error) {
    if (isUniqueViolation(error, 'users_email_key')) {
      throw new BadUserInputError('Email already in use', { email: 'is already used by another user' });
    }
    throw error;
  }
  refreshUserLoaders(ctx.loaders, result.user);
  if (result.becameComplete) await awardBadges(ctx.db, result.user.id, [BadgeName.PROFILE_COMPLETED]);
  return result.user;
}

/** Suspends or reactivates a user; DELETED goes through deleteUser, and back through restoreUser. */
export async function setUserStatus(ctx: ServiceContext, input: SetUserStatusInput): Promise<User> {
  if (input.status === UserStatus.DELETED) {
    throw new BadUserInputError('Use deleteUser to delete a user', { status: 'must be ACTIVE or SUSPENDED' });
  }
  return statusChange(ctx, input.id, 'user.status', input.reason.trim(), (target) => {
    if (target.status === UserStatus.DELETED) throw new ConflictError('The user is deleted; use restoreUser');
    if (input.status === UserStatus.SUSPENDED) refuseSelf(ctx, target);
    return { status: input.status };
  });
}

/** Soft-deletes a user: status DELETED, deletedAt now, and every session ended (token version bump). */
export async function deleteUser(ctx: ServiceContext, input: DeleteUserInput): Promise<User> {
  return statusChange(ctx, input.id, 'user.delete', input.reason.trim(), (target) => {
    if (target.status === UserStatus.DELETED) throw new ConflictError('The user is already deleted');
    refuseSelf(ctx, target);
    return { status: UserStatus.DELETED, deletedAt: ctx.actor.now, tokenVersion: target.tokenVersion + 1 };
  });
}

/** Brings a soft-deleted user back as ACTIVE. */
export async function restoreUser(ctx: ServiceContext, input: RestoreUserInput): Promise<User> {
  return statusChange(ctx, input.id, 'user.restore', input.reason?.trim() || null, (target) => {
    if (target.status !== UserStatus.DELETED) throw new ConflictError('The user is not deleted');
    return { status: UserStatus.ACTIVE, deletedAt: null };
  });
}
