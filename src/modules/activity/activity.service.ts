import type { Context } from '../../app/context';
import { isAdmin } from '../../auth/rules';
import { requireViewer } from '../../auth/viewer';
import { idOf } from '../../common/global-id';
import type { ConnectionArgs, ConnectionResult } from '../../common/pagination';
import { BadUserInputError, NotFoundError } from '../../errors/app-error';
import { BadgeName } from '../badge/badge.entity';
import { awardBadges } from '../badge/badge.service';
import { User } from '../user/user.entity';
import { queryReturning } from '../../common/returning';
import { UserActivity } from './user-activity.entity';

/** A user's activities, newest first (batched across users by a window-function loader). */
export async function userActivities(
  ctx: Context,
  user: User,
  args: ConnectionArgs,
): Promise<ConnectionResult<UserActivity>> {
  const page = await ctx.loaders.activityPagesByUserId.load(user.id, args);
  for (const row of page.nodes) ctx.loaders.activityById.prime(row.id, row);
  return page;
}

/** An activity for `node(id)`: its owner and admins see it, everyone else gets null. */
export async function visibleActivity(ctx: Context, id: string): Promise<UserActivity | null> {
  const activity = await ctx.loaders.activityById.load(id);
  if (!activity || !ctx.viewer) return null;
  return activity.userId === ctx.viewer.id || isAdmin(ctx.actor.roles) ? activity : null;
}

/**
 * Marks the task of one of the viewer's activities as done. Idempotent: a second call changes
 * nothing and answers the same. Awards FIRST_TASK_COMPLETED once the change has committed.
 */
export async function completeTask(
  ctx: Context,
  activityGlobalId: string,
): Promise<{ activity: UserActivity; user: User }> {
  const viewer = requireViewer(ctx);
  const id = idOf('UserActivity', activityGlobalId, 'activityId');
  // One conditional statement: only the first completion sets the time, concurrent repeats are no-ops.
  await queryReturning(
    ctx.db,
    `UPDATE "user_activities" SET "task_completed_at" = $3, "updated_at" = now()
     WHERE "id" = $1 AND "user_id" = $2 AND "task_id" IS NOT NULL AND "task_completed_at" IS NULL
     RETURNING "id"`,
    [id, viewer.id, ctx.actor.now],
  );
  const activity = await ctx.db.findOne(UserActivity, { where: { id, userId: viewer.id } });
  // Someone else's activity reads as missing: its existence is not the viewer's business.
  if (!activity) throw new NotFoundError('Activity');
  if (!activity.taskId) {
    throw new BadUserInputError('This activity has no task to complete', { activityId: 'has no task attached' });
  }
  // Idempotent award: also repairs a badge whose award was interrupted after an earlier completion.
  await awardBadges(ctx.db, viewer.id, [BadgeName.FIRST_TASK_COMPLETED]);
  const user = await ctx.db.findOneOrFail(User, { where: { id: viewer.id } });
  return { activity, user };
}
