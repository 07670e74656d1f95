import type { EntityManager } from 'typeorm';
import type { Actor } from '../../auth/actor';
import { done, type Outcome } from '../../common/outcome';
import { queryReturning } from '../../common/returning';
import { BadUserInputError, NotFoundError } from '../../errors/app-error';
import { award } from '../badge/badge.effects';
import { BadgeName } from '../badge/badge.entity';
import { User } from '../user/user.entity';
import { ActivityReason } from './activity.reasons';
import { UserActivity } from './user-activity.entity';

/**
 * Marks the task of one of the actor's activities as done. Idempotent: a second call changes
 * nothing and answers the same. The first completion awards FIRST_TASK_COMPLETED.
 */
export async function completeTask(
  tx: EntityManager,
  actor: Actor,
  { activityId }: { activityId: string },
): Promise<Outcome<{ activity: UserActivity; user: User }>> {
  // One conditional statement: only the first completion sets the time, concurrent repeats are no-ops.
  const completedNow = await queryReturning(
    tx,
    `UPDATE "user_activities" SET "task_completed_at" = $3, "updated_at" = now()
     WHERE "id" = $1 AND "user_id" = $2 AND "task_id" IS NOT NULL AND "task_completed_at" IS NULL
     RETURNING "id"`,
    [activityId, actor.userId, actor.now],
  );
  const activity = await tx.findOne(UserActivity, { where: { id: activityId, userId: actor.userId } });
  // Someone else's activity reads as missing: its existence is not the actor's business.
  if (!activity) throw new NotFoundError('Activity');
  if (!activity.taskId) {
    throw new BadUserInputError(
      'This activity has no task to complete',
      { activityId: 'has no task attached' },
      ActivityReason.NO_TASK_ATTACHED,
    );
  }
  const user = await tx.findOneOrFail(User, { where: { id: actor.userId } });
  return done({ activity, user }, completedNow.length > 0 ? [award(actor.userId, BadgeName.FIRST_TASK_COMPLETED)] : []);
}
