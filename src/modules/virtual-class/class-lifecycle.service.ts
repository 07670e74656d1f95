import type { Context } from '../../app/context';
import { isAdmin } from '../../auth/rules';
import { requireViewer } from '../../auth/viewer';
import { idOf, toGlobalId } from '../../common/global-id';
import { ConflictError, ForbiddenError, NotFoundError } from '../../errors/app-error';
import { queryReturning } from '../../common/returning';
import { UserActivity } from '../activity/user-activity.entity';
import { recordAudit } from '../audit/audit.service';
import { BadgeName } from '../badge/badge.entity';
import { awardBadges } from '../badge/badge.service';
import { NotificationKind } from '../notification/notification.entity';
import { notify } from '../notification/notification.service';
import { Role } from '../role/role';
import { Task } from '../task/task.entity';
import { ClassStatus, VirtualClass } from './virtual-class.entity';

const TEN_CLASSES = 10;

/**
 * Cancels a class that is still SCHEDULED (PENDING included: it never got its activity). The host
 * or an admin may; members other than the canceller are notified, and an admin cancelling someone
 * else's class is audited, all in the same transaction.
 */
export async function cancelClass(ctx: Context, classGlobalId: string, reason: string | null): Promise<VirtualClass> {
  const viewer = requireViewer(ctx);
  const classId = idOf('VirtualClass', classGlobalId, 'classId');
  return ctx.db.transaction(async (manager) => {
    const cls = await manager.findOne(VirtualClass, { where: { id: classId }, lock: { mode: 'pessimistic_write' } });
    if (!cls) throw new NotFoundError('Class');
    const isHost = cls.hostId === viewer.id;
    if (!isHost && !isAdmin(ctx.actor.roles)) throw new ForbiddenError('Only the host or an admin can cancel this class');
    if (cls.storedStatus !== ClassStatus.SCHEDULED)
      throw new ConflictError(`Class is already ${cls.storedStatus.toLowerCase()}`);
    cls.storedStatus = ClassStatus.CANCELLED;
    cls.cancelReason = reason?.trim() || null;
    const saved = await manager.save(cls);
    const members = await manager.find(UserActivity, { where: { classId } });
    for (const member of members) {
      if (member.userId === viewer.id) continue;
      await notify(manager, member.userId, NotificationKind.CLASS_CANCELLED, {
        classId: toGlobalId('VirtualClass', cls.id),
        title: cls.title,
        startsAt: cls.startsAt.toISOString(),
        reason: cls.cancelReason,
      });
    }
    if (!isHost) {
      await recordAudit(manager, ctx.actor, {
        action: 'class.cancel',
        targetType: 'VirtualClass',
        targetId: cls.id,
        before: { status: ClassStatus.SCHEDULED, hostId: cls.hostId },
        after: { status: ClassStatus.CANCELLED },
        reason: cls.cancelReason,
      });
    }
    return saved;
  });
}

/**
 * Completes ("uploads the activity of") a SCHEDULED or PENDING class: an ADMIN/OWNER, or the host
 * holding an effective MENTOR role. In one transaction: the class becomes COMPLETED (a conditional
 * UPDATE, so of concurrent calls exactly one wins and the rest get CONFLICT), every member's
 * activity gets the task and is marked completed, and each newly completed member's totalClasses
 * goes up by one. TEN_CLASSES_COMPLETED is awarded after commit.
 */
export async function completeClass(
  ctx: Context,
  classGlobalId: string,
  taskGlobalId: string | null,
): Promise<VirtualClass> {
  const viewer = requireViewer(ctx);
  const classId = idOf('VirtualClass', classGlobalId, 'classId');
  const taskId = taskGlobalId ? idOf('Task', taskGlobalId, 'taskId') : null;
  const { cls, reachedTen } = await ctx.db.transaction(async (manager) => {
    const found = await manager.findOne(VirtualClass, { where: { id: classId } });
    if (!found) throw new NotFoundError('Class');
    const hostMentor = found.hostId === viewer.id && ctx.actor.roles.includes(Role.MENTOR);
    if (!isAdmin(ctx.actor.roles) && !hostMentor) {
      throw new ForbiddenError('Only an admin, or the host holding a mentor role, can complete this class');
    }
    // FOR SHARE: the task cannot be deleted between this check and the activities pointing at it.
    if (taskId && !(await manager.findOne(Task, { where: { id: taskId }, lock: { mode: 'pessimistic_read' } }))) {
      throw new NotFoundError('Task');
    }
    const won = await queryReturning<{ id: string }>(
      manager,
      `UPDATE "virtual_classes" SET "status" = 'COMPLETED', "completed_at" = $2, "task_id" = $3, "updated_at" = now()
       WHERE "id" = $1 AND "status" = 'SCHEDULED' RETURNING "id"`,
      [classId, ctx.actor.now, taskId],
    );
    if (won.length === 0) {
      const current = await manager.findOneOrFail(VirtualClass, { where: { id: classId } });
      throw new ConflictError(`Class is already ${current.storedStatus.toLowerCase()}`);
    }
    // `was_completed` is read from the pre-update snapshot of each row, so only users whose
    // activity changes now are counted.
    const activities = await queryReturning<{ user_id: string; was_completed: boolean }>(
      manager,
      `WITH prev AS (
         SELECT "id", "completed" FROM "user_activities" WHERE "class_id" = $1 FOR UPDATE
       )
       UPDATE "user_activities" a
       SET "completed" = true, "completed_at" = COALESCE(a."completed_at", $2),
           "task_id" = COALESCE($3::uuid, a."task_id"), "updated_at" = now()
       FROM prev WHERE a."id" = prev."id"
       RETURNING a."user_id", prev."completed" AS "was_completed"`,
      [classId, ctx.actor.now, taskId],
    );
    const newlyDone = activities.filter((a) => !a.was_completed).map((a) => a.user_id);
    const totals = newlyDone.length
      ? await queryReturning<{ id: string; total_classes: number }>(
          manager,
          // Locks the users in id order, so two completions sharing members cannot deadlock.
          `UPDATE "users" SET "total_classes" = "total_classes" + 1, "revision" = "revision" + 1, "updated_at" = now()
           WHERE "id" IN (SELECT "id" FROM "users" WHERE "id" = ANY($1::uuid[]) ORDER BY "id" FOR UPDATE)
           RETURNING "id", "total_classes"`,
          [newlyDone],
        )
      : [];
    return {
      cls: await manager.findOneOrFail(VirtualClass, { where: { id: classId } }),
      reachedTen: totals.filter((t) => t.total_classes >= TEN_CLASSES).map((t) => t.id),
    };
  });
  for (const userId of reachedTen) await awardBadges(ctx.db, userId, [BadgeName.TEN_CLASSES_COMPLETED]);
  return cls;
}
