import type { EntityManager } from 'typeorm';
import type { Actor } from '../../auth/actor';
import { isOwner } from '../../auth/rules';
import { sessionEnded } from '../../app/realtime/events';
import { done, type Outcome } from '../../common/outcome';
import { BadUserInputError, ConflictError, ForbiddenError } from '../../errors/app-error';
import { isUniqueViolation } from '../../errors/db-errors';
import { recordAudit } from '../audit/audit.service';
import { award } from '../badge/badge.effects';
import { BadgeName } from '../badge/badge.entity';
import { mail } from '../mail/mail.requests';
import { Role } from '../role/role';
import { rolesAt } from '../role/role.service';
import {
  checkRevision,
  lockUser,
  updateUserRow,
  writeProfile,
  type ProfileChange,
  type ProfileWriteResult,
} from './profile-changes';
import { User, UserStatus } from './user.entity';
import { UserReason } from './user.reasons';

/** Locks the target and checks the actor may administer it: only OWNERs act on OWNERs. */
async function lockTarget(tx: EntityManager, actor: Actor, userId: string): Promise<User> {
  const target = await lockUser(tx, userId);
  if (!isOwner(actor.roles)) {
    if ((await rolesAt(tx, target.id, actor.now)).includes(Role.OWNER)) {
      throw new ForbiddenError(UserReason.OWNER_PROTECTED, 'Only an owner may act on an owner');
    }
  }
  return target;
}

/** Nobody suspends or deletes themselves (an admin could lock the platform out of its last admin). */
function refuseSelf(actor: Actor, target: User): void {
  if (target.id === actor.userId) {
    throw new ForbiddenError(UserReason.SELF_TARGET, 'You cannot do this to your own account');
  }
}

/** Locks the target, applies the patch `apply` returns (it may refuse), and audits the status change. */
async function statusChange(
  tx: EntityManager,
  actor: Actor,
  userId: string,
  action: string,
  reason: string | null,
  apply: (target: User) => Partial<User>,
): Promise<User> {
  const target = await lockTarget(tx, actor, userId);
  const patch = apply(target);
  const before = { status: target.status, deletedAt: target.deletedAt?.toISOString() ?? null };
  await updateUserRow(tx, target.id, patch);
  const saved = await tx.findOneOrFail(User, { where: { id: target.id } });
  await recordAudit(tx, actor, {
    action,
    targetType: 'User',
    targetId: target.id,
    before,
    after: { status: saved.status, deletedAt: saved.deletedAt?.toISOString() ?? null },
    reason,
  });
  return saved;
}

export interface UpdateUserCommand {
  userId: string;
  /** Profile fields plus email and flags, parsed (skill ids decoded, email normalised). */
  change: ProfileChange;
  revision?: number | null;
  reason?: string | null;
}

/** Admin edit of another user's profile, email and flags (audited as user.update). */
export async function updateUser(
  tx: EntityManager,
  actor: Actor,
  { userId, change, revision, reason }: UpdateUserCommand,
): Promise<Outcome<User>> {
  const target = await lockTarget(tx, actor, userId);
  checkRevision(target, revision);
  let result: ProfileWriteResult;
  try {
    result = await writeProfile(tx, actor, target, change, { action: 'user.update', reason });
  } catch (error) {
    if (isUniqueViolation(error, 'users_email_key')) {
      throw new BadUserInputError(
        'Email already in use',
        { email: 'is already used by another user' },
        UserReason.EMAIL_TAKEN,
      );
    }
    throw error;
  }
  return done(result.user, result.becameComplete ? [award(result.user.id, BadgeName.PROFILE_COMPLETED)] : []);
}

export interface SetUserStatusCommand {
  userId: string;
  status: UserStatus;
  reason: string;
}

/** Suspends or reactivates a user; DELETED goes through deleteUser, and back through restoreUser. */
export async function setUserStatus(
  tx: EntityManager,
  actor: Actor,
  { userId, status, reason }: SetUserStatusCommand,
): Promise<Outcome<User>> {
  if (status === UserStatus.DELETED) {
    throw new BadUserInputError(
      'Use deleteUser to delete a user',
      { status: 'must be ACTIVE or SUSPENDED' },
      UserReason.USE_DELETE_USER,
    );
  }
  let previous: UserStatus | undefined;
  const user = await statusChange(tx, actor, userId, 'user.status', reason.trim(), (target) => {
    if (target.status === UserStatus.DELETED) {
      throw new ConflictError(UserReason.USER_DELETED, 'The user is deleted; use restoreUser');
    }
    if (status === UserStatus.SUSPENDED) refuseSelf(actor, target);
    previous = target.status;
    return { status };
  });
  // The user hears of a change only: setting the status they already have tells them nothing.
  const told =
    previous === status
      ? []
      : [mail('accountStatus', userId, { change: status === UserStatus.SUSPENDED ? 'SUSPENDED' : 'REACTIVATED' })];
  // A suspended user's open subscriptions are closed; their next request is refused anyway.
  return done(user, status === UserStatus.SUSPENDED ? [sessionEnded(userId)] : [], told);
}

/** Soft-deletes a user: status DELETED, deletedAt now, and every session ended (token version bump). */
export async function deleteUser(
  tx: EntityManager,
  actor: Actor,
  { userId, reason }: { userId: string; reason: string },
): Promise<Outcome<User>> {
  const user = await statusChange(tx, actor, userId, 'user.delete', reason.trim(), (target) => {
    if (target.status === UserStatus.DELETED) {
      throw new ConflictError(UserReason.ALREADY_DELETED, 'The user is already deleted');
    }
    refuseSelf(actor, target);
    return { status: UserStatus.DELETED, deletedAt: actor.now, tokenVersion: target.tokenVersion + 1 };
  });
  return done(user, sessionEnded(userId), mail('accountStatus', userId, { change: 'DELETED' }));
}

/** Brings a soft-deleted user back as ACTIVE. */
export async function restoreUser(
  tx: EntityManager,
  actor: Actor,
  { userId, reason }: { userId: string; reason?: string | null },
): Promise<Outcome<User>> {
  const user = await statusChange(tx, actor, userId, 'user.restore', reason?.trim() || null, (target) => {
    if (target.status !== UserStatus.DELETED)
      throw new ConflictError(UserReason.NOT_DELETED, 'The user is not deleted');
    return { status: UserStatus.ACTIVE, deletedAt: null };
  });
  return done(user, mail('accountStatus', userId, { change: 'RESTORED' }));
}
