import type { EntityManager } from 'typeorm';
import type { Actor } from '../../auth/actor';
import { done, type Outcome } from '../../common/outcome';
import { ForbiddenError } from '../../errors/app-error';
import { recordAudit } from '../audit/audit.service';
import { award } from '../badge/badge.effects';
import { BadgeName } from '../badge/badge.entity';
import { checkRevision, lockUser, updateUserRow, writeProfile, type ProfileChange } from './profile-changes';
import { profileCompletion, type RequiredProfileField } from './profile-completion';
import { User } from './user.entity';
import { UserReason } from './user.reasons';

// Communication settings, not profile fields: still editable when profile field changes are disabled.
const SETTINGS = new Set<string>(['newsletter', 'notificationPreferences']);

/** Whether a change touches anything but the communication settings. */
function touchesProfileFields(change: ProfileChange): boolean {
  return (
    Object.keys(change.patch).some((key) => !SETTINGS.has(key)) ||
    change.mentorSkillIds !== undefined ||
    change.menteeSkillIds !== undefined
  );
}

export interface UpdateProfileCommand {
  /** The parsed input (skill ids already decoded). */
  change: ProfileChange;
  /** The revision the client read; CONFLICT when the stored one is newer. */
  revision?: number | null;
}

/** The actor edits their own profile (optimistic revision check, completion, skills, audit). */
export async function updateProfile(
  tx: EntityManager,
  actor: Actor,
  { change, revision }: UpdateProfileCommand,
): Promise<Outcome<User>> {
  const user = await lockUser(tx, actor.userId);
  checkRevision(user, revision);
  if (user.profileFieldChangeDisabled && touchesProfileFields(change)) {
    throw new ForbiddenError(UserReason.PROFILE_FIELDS_LOCKED, 'Profile field changes are disabled for this account');
  }
  const result = await writeProfile(tx, actor, user, change, { action: 'user.profile_update' });
  return done(result.user, result.becameComplete ? [award(result.user.id, BadgeName.PROFILE_COMPLETED)] : []);
}

export interface CompleteProfileResult {
  user: User;
  missingFields: RequiredProfileField[];
}

/** Marks the actor's profile complete when no required field is missing; otherwise lists what is. */
export async function completeProfile(
  tx: EntityManager,
  actor: Actor,
  _command: Record<string, never> = {},
): Promise<Outcome<CompleteProfileResult>> {
  const user = await lockUser(tx, actor.userId);
  const completion = profileCompletion(user);
  // Nothing to write while fields are missing.
  if (!completion.complete) return done({ user, missingFields: completion.missingFields });
  // Awarding is idempotent: an already complete profile still gets the award, which repairs a
  // profile marked complete without its badge.
  const badge = award(user.id, BadgeName.PROFILE_COMPLETED);
  if (user.profileComplete) return done({ user, missingFields: [] }, badge);
  await updateUserRow(tx, user.id, { profileComplete: true, profileCompletionPercentage: completion.percentage });
  await recordAudit(tx, actor, {
    action: 'user.profile_complete',
    targetType: 'User',
    targetId: user.id,
    before: { profileComplete: false },
    after: { profileComplete: true },
  });
  const saved = await tx.findOneOrFail(User, { where: { id: user.id } });
  return done({ user: saved, missingFields: [] }, badge);
}

/** Records that the actor chose to skip the profile form for now (audited the first time). */
export async function skipProfile(
  tx: EntityManager,
  actor: Actor,
  _command: Record<string, never> = {},
): Promise<Outcome<User>> {
  const current = await lockUser(tx, actor.userId);
  await updateUserRow(tx, current.id, { profileSkipped: true });
  if (!current.profileSkipped) {
    await recordAudit(tx, actor, {
      action: 'user.profile_skip',
      targetType: 'User',
      targetId: current.id,
      before: { profileSkipped: false },
      after: { profileSkipped: true },
    });
  }
  return done(await tx.findOneOrFail(User, { where: { id: current.id } }));
}
