import type { EntityManager } from 'typeorm';
import type { Actor } from '../../auth/actor';
import { isAdmin } from '../../auth/rules';
import { done, type Outcome } from '../../common/outcome';
import { queryReturning } from '../../common/returning';
import { ConflictError, ForbiddenError, NotFoundError } from '../../errors/app-error';
import { UserActivity } from '../activity/user-activity.entity';
import { recordAudit } from '../audit/audit.service';
import { award } from '../badge/badge.effects';
import { BadgeName } from '../badge/badge.entity';
import { mail } from '../mail/mail.requests';
import { notices } from '../notification/notification.payloads';
import { notify } from '../notification/notification.service';
import { Role } from '../role/role';
import { Task } from '../task/task.entity';
import { ClassStatus, VirtualClass } from './virtual-class.entity';
import { ClassReason } from './virtual-class.reasons';

const TEN_CLASSES = 10;

/** The refusal for cancelling or completing a class whose stored status is no longer SCHEDULED. */
function alreadyClosed(status: ClassStatus): ConflictError {
  const reason =
    status === ClassStatus.CANCELLED ? ClassReason.CLASS_ALREADY_CANCELLED : ClassReason.CLASS_ALREADY_COMPLETED;
  return new ConflictError(reason, `Class is already ${status.toLowerCase()}`);
}

export interface CancelClassCommand {
  classId: string;
  /** Shown to the participants; blank means none. */
  reason: string | null;
}

/**
 * Cancels a class that is still SCHEDULED (PENDING included: it never got its activity). The host
 * or an admin may; members other than the canceller are notified, and an admin cancelling someone
 * else's class is audited, all in the same transaction.
 */
export async function cancelClass(
  tx: EntityManager,
  actor: Actor,
  { classId, reason }: CancelClassCommand,
): Promise<Outcome<VirtualClass>> {
  const cls = await tx.findOne(VirtualClass, { where: { id: classId }, lock: { mode: 'pessimistic_write' } });
  if (!cls) throw new NotFoundError('Class');
  const isHost = cls.hostId === actor.userId;
  if (!isHost && !isAdmin(actor.roles)) {
    throw new ForbiddenError(ClassReason.ONLY_HOST_OR_ADMIN, 'Only the host or an admin can cancel this class');
  }
  if (cls.storedStatus !== ClassStatus.SCHEDULED) throw alreadyClosed(cls.storedStatus);
  cls.storedStatus = ClassStatus.CANCELLED;
  cls.cancelReason = reason?.trim() || null;
  const saved = await tx.save(cls);
  const members = await tx.find(UserActivity, { where: { classId } });
  const told = members.filter((member) => member.userId !== actor.userId).map((member) => member.userId);
  for (const userId of told) await notify(tx, userId, notices.classCancelled(saved));
  const facts = { title: saved.title, startsAt: saved.startsAt.toISOString(), reason: saved.cancelReason };
  if (!isHost) {
    await recordAudit(tx, actor, {
      action: 'class.cancel',
      targetType: 'VirtualClass',
      targetId: cls.id,
      before: { status: ClassStatus.SCHEDULED, hostId: cls.hostId },
      after: { status: ClassStatus.CANCELLED },
      reason: cls.cancelReason,
    });
  }
  // Returned rather than raised one by one: the runner writes all the e-mails in one statement.
  return done(
    saved,
    told.map((userId) => mail('classCancelled', userId, facts)),
  );
}

export interface CompleteClassCommand {
  classId: string;
  /** A task to attach to every member's activity. */
  taskId: string | null;
}

/**
 * Completes ("uploads the activity of") a SCHEDULED or PENDING class: an ADMIN/OWNER, or the host
 * holding an effective MENTOR role. In one transaction: the class becomes COMPLETED (a conditional
 * UPDATE, so of concurrent calls exactly one wins and the rest get CONFLICT), every member's
 * activity gets the task and is marked completed, and each newly completed member's totalClasses
 * goes up by one. Awards TEN_CLASSES_COMPLETED to the members who reach ten.
 */
export async function completeClass(
  tx: EntityManager,
  actor: Actor,
  { classId, taskId }: CompleteClassCommand,
): Promise<Outcome<VirtualClass>> {
  const found = await tx.findOne(VirtualClass, { where: { id: classId } });
  if (!found) throw new NotFoundError('Class');
  const hostMentor = found.hostId === actor.userId && actor.roles.includes(Role.MENTOR);
  if (!isAdmin(actor.roles) && !hostMentor) {
    throw new ForbiddenError(
      ClassReason.MENTOR_HOST_OR_ADMIN,
      'Only an admin, or the host holding a mentor role, can complete this class',
    );
  }
  // FOR SHARE: the task cannot be deleted between this check and the activities pointing at it.
  if (taskId && !(await tx.findOne(Task, { where: { id: taskId }, lock: { mode: 'pessimistic_read' } }))) {
    throw new NotFoundError('Task');
  }
  const won = await queryReturning<{ id: string }>(
    tx,
    `UPDATE "virtual_classes" SET "status" = 'COMPLETED', "completed_at" = $2, "task_id" = $3, "updated_at" = now()
     WHERE "id" = $1 AND "status" = 'SCHEDULED' RETURNING "id"`,
    [classId, actor.now, taskId],
  );
  if (won.length === 0) {
    const current = await tx.findOneOrFail(VirtualClass, { where: { id: classId } });
    throw alreadyClosed(current.storedStatus);
  }
  // `was_completed` is read from the pre-update snapshot of each row, so only users whose
  // activity changes now are counted.
  const activities = await queryReturning<{ user_id: string; was_completed: boolean }>(
    tx,
    `WITH prev AS (
       SELECT "id", "completed" FROM "user_activities" WHERE "class_id" = $1 FOR UPDATE
     )
     UPDATE "user_activities" a
     SET "completed" = true, "completed_at" = COALESCE(a."completed_at", $2),
         "task_id" = COALESCE($3::uuid, a."task_id"), "updated_at" = now()
     FROM prev WHERE a."id" = prev."id"
     RETURNING a."user_id", prev."completed" AS "was_completed"`,
    [classId, actor.now, taskId],
  );
  const newlyDone = activities.filter((a) => !a.was_completed).map((a) => a.user_id);
  const totals = newlyDone.length
    ? await queryReturning<{ id: string; total_classes: number }>(
        tx,
        // Locks the users in id order, so two completions sharing members cannot deadlock.
        `UPDATE "users" SET "total_classes" = "total_classes" + 1, "revision" = "revision" + 1, "updated_at" = now()
         WHERE "id" IN (SELECT "id" FROM "users" WHERE "id" = ANY($1::uuid[]) ORDER BY "id" FOR UPDATE)
         RETURNING "id", "total_classes"`,
        [newlyDone],
      )
    : [];
  const cls = await tx.findOneOrFail(VirtualClass, { where: { id: classId } });
  return done(
    cls,
    totals.filter((t) => t.total_classes >= TEN_CLASSES).map((t) => award(t.id, BadgeName.TEN_CLASSES_COMPLETED)),
  );
}
