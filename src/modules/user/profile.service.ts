import type { Context } from '../../app/context';
import { requireViewer } from '../../auth/viewer';
import { ForbiddenError } from '../../errors/app-error';
import { recordAudit } from '../audit/audit.service';
import { BadgeName } from '../badge/badge.entity';
import { awardBadges } from '../badge/badge.service';
import {
  checkRevision,
  lockUser,
  readProfileInput,
  refreshUserLoaders,
  updateUserRow,
  writeProfile,
} from './profile-changes';
import { profileCompletion, type RequiredProfileField } from './profile-completion';
import type { UpdateProfileInput } from './user.inputs';
import { User } from './user.entity';

export type ServiceContext = Pick<Context, 'db' | 'audit' | 'now' | 'viewer' | 'roles' | 'loaders'>;

// Communication settings, not profile fields: still editable when profile field changes are disabled.
const SETTINGS = new Set<string>(['newsletter', 'notificationPreferences', 'revision']);

/** Updates the viewer's own profile (optimistic revision check, completion, skills, audit). */
export async function updateProfile(ctx: ServiceContext, input: UpdateProfileInput): Promise<User> {
  const viewer = requireViewer(ctx);
  const change = readProfileInput(input);
  const result = await ctx.db.transaction(async (manager) => {
    const user = await lockUser(manager, viewer.id);
    checkRevision(user, input.revision);
    if (user.profileFieldChangeDisabled) {
      const touched = Object.entries(input).filter(([key, value]) => value !== undefined && !SETTINGS.has(key));
      if (touched.length > 0) throw new ForbiddenError('Profile field changes are disabled for this account');
    }
    return writeProfile(manager, ctx.actor, user, change, { action: 'user.profile_update' });
  });
  refreshUserLoaders(ctx.loaders, result.user);
  if (result.becameComplete) await awardBadges(ctx.db, result.user.id, [BadgeName.PROFILE_COMPLETED]);
  return result.user;
}

export interface CompleteProfileResult {
  user: User;
  missingFields: RequiredProfileField[];
}

/** Marks the viewer's profile complete when no required field is missing; otherwise lists what is. */
export async function completeProfile(ctx: ServiceContext): Promise<CompleteProfileResult> {
  const viewer = requireViewer(ctx);
  const result = await ctx.db.transaction(async (manager) => {
    const user = await lockUser(manager, viewer.id);
    const completion = profileCompletion(user);
    if (!completion.complete || user.profileComplete) {
      // Nothing to write: either fields are missing, or it is already marked (idempotent).
      return { user, missingFields: completion.missingFields };
    }
    await updateUserRow(manager, user.id, {
      profileComplete: true,
      profileCompletionPercentage: completion.percentage,
    });
    await recordAudit(manager, ctx.actor, {
      action: 'user.profile_complete',
      targetType: 'User',
      targetId: user.id,
      before: { profileComplete: false },
      after: { profileComplete: true },
    });
    const saved = await manager.findOneOrFail(User, { where: { id: user.id } });
    return { user: saved, missingFields: [] };
  });
  refreshUserLoaders(ctx.loaders, result.user);
  // Awarding is idempotent: also repairs a profile marked complete without its badge.
  if (result.missingFields.length === 0) await awardBadges(ctx.db, result.user.id, [BadgeName.PROFILE_COMPLETED]);
  return { user: result.user, missingFields: result.missingFields };
}

/** Records that the viewer chose to skip the profile form for now. */
export async function skipProfile(ctx: ServiceContext): Promise<User> {
  const viewer = requireViewer(ctx);
  const user = await ctx.db.transaction(async (manager) => {
    const current = await lockUser(manager, viewer.id);
    await updateUserRow(manager, current.id, { profileSkipped: true });
    if (!current.profileSkipped) {
      await recordAudit(manager, ctx.actor, {
        action: 'user.profile_skip',
        targetType: 'User',
        targetId: current.id,
        before: { profileSkipped: false },
        after: { profileSkipped: true },
      });
    }
    return manager.findOneOrFail(User, { where: { id: current.id } });
  });
  refreshUserLoaders(ctx.loaders, user);
  return user;
}
