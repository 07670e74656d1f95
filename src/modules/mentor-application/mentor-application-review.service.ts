import { IsNull, MoreThan, type EntityManager } from 'typeorm';
import { toGlobalId } from '../../common/global-id';
import { ConflictError, ForbiddenError, NotFoundError } from '../../errors/app-error';
import { isExclusionViolation } from '../../errors/db-errors';
import { recordAudit, type AuditActor } from '../audit/audit.service';
import { BadgeName } from '../badge/badge.entity';
import { awardBadges } from '../badge/badge.service';
import { NotificationKind } from '../notification/notification.entity';
import { notify } from '../notification/notification.service';
import { grantRole } from '../role/role.service';
import { Role } from '../role/role';
import { UserRole } from '../role/user-role.entity';
import { MentorApplication, MentorApplicationStatus } from './mentor-application.entity';

export interface ApplicationReview {
  applicationId: string;
  approve: boolean;
  reason: string | null;
}

/**
 * Approves or rejects a PENDING application. Approval grants MENTOR from `now` (unless the applicant
 * already holds a MENTOR window covering now) and copies the application's skills into the
 * applicant's mentor skills, all in one transaction with the audit entries and the notification;
 * the MENTOR_APPROVED badge is awarded after commit.
 */
export async function reviewMentorApplication(
  db: EntityManager,
  actor: AuditActor & { actorId: string },
  review: ApplicationReview,
  now: Date,
): Promise<MentorApplication> {
  const status = review.approve ? MentorApplicationStatus.APPROVED : MentorApplicationStatus.REJECTED;
  let application: MentorApplication;
  try {
    application = await db.transaction(async (manager) => {
      const found = await manager.findOne(MentorApplication, { where: { id: review.applicationId } });
      if (!found) throw new NotFoundError('Mentor application');
      // Separation of duties: an admin who applied cannot approve themselves.
      if (found.applicantId === actor.actorId) throw new ForbiddenError('You cannot review your own application');
      // Conditional update: of two concurrent reviews only one finds the row still PENDING.
      const updated = await manager
        .createQueryBuilder()
        .update(MentorApplication)
        .set({ status, reviewedById: actor.actorId, reviewReason: review.reason, reviewedAt: now })
        .where('id = :id AND status = :pending', { id: found.id, pending: MentorApplicationStatus.PENDING })
        .execute();
      if (!updated.affected) throw new ConflictError('This application has already been reviewed');

      if (review.approve) await makeMentor(manager, actor, found, review.reason, now);
      await recordAudit(manager, actor, {
        action: 'mentor_application.review',
        targetType: 'MentorApplication',
        targetId: found.id,
        before: { status: found.status },
        after: { status, reviewedById: actor.actorId },
        reason: review.reason,
      });
      await notify(manager, found.applicantId, NotificationKind.APPLICATION_REVIEWED, {
        applicationId: toGlobalId('MentorApplication', found.id),
        status,
        reason: review.reason,
      });
      return manager.findOneOrFail(MentorApplication, { where: { id: found.id } });
    });
  } catch (error) {
    // Another admin granted an overlapping MENTOR window at the same moment; nothing was written.
    if (isExclusionViolation(error, 'user_roles_no_overlap')) {
      throw new ConflictError('The applicant’s MENTOR role changed meanwhile; try again');
    }
    throw error;
  }
  if (review.approve) await awardBadges(db, application.applicantId, [BadgeName.MENTOR_APPROVED]);
  return application;
}

/** Grants MENTOR from `now` when no active MENTOR window covers it, and adds the application's skills. */
async function makeMentor(
  manager: EntityManager,
  actor: AuditActor & { actorId: string },
  application: MentorApplication,
  reason: string | null,
  now: Date,
): Promise<void> {
  const userId = application.applicantId;
  // The earliest active MENTOR window that has not ended: one already in effect means nothing to
  // grant; one starting later bounds the new window so the two never overlap.
  const next = await manager.findOne(UserRole, {
    where: [
      { userId, role: Role.MENTOR, isActive: true, effectiveEndDate: IsNull() },
      { userId, role: Role.MENTOR, isActive: true, effectiveEndDate: MoreThan(now) },
    ],
    order: { effectiveStartDate: 'ASC' },
  });
  if (!next || next.effectiveStartDate > now) {
    const granted = await grantRole(manager, {
      userId,
      role: Role.MENTOR,
      effectiveStartDate: now,
      effectiveEndDate: next ? next.effectiveStartDate : null,
      assignedById: actor.actorId,
      reason,
    });
    await recordAudit(manager, actor, {
      action: 'role.assign',
      targetType: 'User',
      targetId: userId,
      after: {
        userRoleId: granted.id,
        role: granted.role,
        effectiveStartDate: granted.effectiveStartDate.toISOString(),
        effectiveEndDate: granted.effectiveEndDate?.toISOString() ?? null,
        mentorApplicationId: application.id,
      },
      reason,
    });
  }
  await manager.query(
    `INSERT INTO "user_mentor_skills" ("user_id", "skill_id")
     SELECT $1, "skill_id" FROM "mentor_application_skills" WHERE "application_id" = $2
     ON CONFLICT DO NOTHING`,
    [userId, application.id],
  );
}
