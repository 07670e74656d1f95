import { IsNull, MoreThan, type EntityManager } from 'typeorm';
import type { Actor } from '../../auth/actor';
import { done, type Outcome } from '../../common/outcome';
import { ConflictError, ForbiddenError, NotFoundError } from '../../errors/app-error';
import { isExclusionViolation } from '../../errors/db-errors';
import { recordAudit } from '../audit/audit.service';
import { award } from '../badge/badge.effects';
import { BadgeName } from '../badge/badge.entity';
import { queueMail } from '../mail/mail.requests';
import { notices } from '../notification/notification.payloads';
import { notify } from '../notification/notification.service';
import { grantRole } from '../role/role.service';
import { Role } from '../role/role';
import { UserRole } from '../role/user-role.entity';
import { MentorApplication, MentorApplicationStatus } from './mentor-application.entity';
import { MentorApplicationReason } from './mentor-application.reasons';

export interface ApplicationReview {
  applicationId: string;
  approve: boolean;
  reason: string | null;
}

/**
 * Approves or rejects a PENDING application. Approval grants MENTOR from now (unless the applicant
 * already holds a MENTOR window covering now) and copies the application's skills into the
 * applicant's mentor skills, with the audit entries and the notification; the MENTOR_APPROVED badge
 * is an effect, awarded once the transaction commits.
 */
export async function reviewMentorApplication(
  tx: EntityManager,
  actor: Actor,
  review: ApplicationReview,
): Promise<Outcome<MentorApplication>> {
  try {
    const application = await applyReview(tx, actor, review);
    return done(application, review.approve ? [award(application.applicantId, BadgeName.MENTOR_APPROVED)] : []);
  } catch (error) {
    // Another admin granted an overlapping MENTOR window at the same moment; the runner rolls back.
    if (isExclusionViolation(error, 'user_roles_no_overlap')) {
      throw new ConflictError(
        MentorApplicationReason.MENTOR_ROLE_CHANGED,
        'The applicant’s MENTOR role changed meanwhile; try again',
      );
    }
    throw error;
  }
}

async function applyReview(tx: EntityManager, actor: Actor, review: ApplicationReview): Promise<MentorApplication> {
  const status = review.approve ? MentorApplicationStatus.APPROVED : MentorApplicationStatus.REJECTED;
  const now = actor.now;
  const found = await tx.findOne(MentorApplication, { where: { id: review.applicationId } });
  if (!found) throw new NotFoundError('Mentor application');
  // Separation of duties: an admin who applied cannot approve themselves.
  if (found.applicantId === actor.userId) {
    throw new ForbiddenError(MentorApplicationReason.OWN_APPLICATION, 'You cannot review your own application');
  }
  // Conditional update: of two concurrent reviews only one finds the row still PENDING.
  const updated = await tx
    .createQueryBuilder()
    .update(MentorApplication)
    .set({ status, reviewedById: actor.userId, reviewReason: review.reason, reviewedAt: now })
    .where('id = :id AND status = :pending', { id: found.id, pending: MentorApplicationStatus.PENDING })
    .execute();
  if (!updated.affected) {
    throw new ConflictError(
      MentorApplicationReason.APPLICATION_ALREADY_REVIEWED,
      'This application has already been reviewed',
    );
  }
  if (review.approve) await makeMentor(tx, actor, found, review.reason);
  await recordAudit(tx, actor, {
    action: 'mentor_application.review',
    targetType: 'MentorApplication',
    targetId: found.id,
    before: { status: found.status },
    after: { status, reviewedById: actor.userId },
    reason: review.reason,
  });
  await notify(tx, found.applicantId, notices.applicationReviewed({ id: found.id, status }, review.reason));
  await queueMail(tx, 'applicationReviewed', found.applicantId, { approved: review.approve, reason: review.reason });
  return tx.findOneOrFail(MentorApplication, { where: { id: found.id } });
}

/** Grants MENTOR from the actor's `now` when no active MENTOR window covers it, and adds the application's skills. */
async function makeMentor(
  manager: EntityManager,
  actor: Actor,
  application: MentorApplication,
  reason: string | null,
): Promise<void> {
  const now = actor.now;
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
      assignedById: actor.userId,
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
