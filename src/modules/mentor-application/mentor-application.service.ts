import { In, type EntityManager } from 'typeorm';
import type { Actor, Caller } from '../../auth/actor';
import { isAdmin } from '../../auth/rules';
import { done, type Outcome } from '../../common/outcome';
import { ConnectionArgs, paginate, type ConnectionResult } from '../../common/pagination';
import { BadUserInputError, ConflictError } from '../../errors/app-error';
import { isUniqueViolation, sqlState } from '../../errors/db-errors';
import { Role } from '../role/role';
import { Skill } from '../skill/skill.entity';
import { MentorApplication, MentorApplicationStatus } from './mentor-application.entity';
import { MentorApplicationReason } from './mentor-application.reasons';
import { idempotent, replayById } from '../../app/idempotency/idempotency';

export interface ApplyForMentorCommand {
  motivation: string;
  /** Skill ids, already decoded. */
  skillIds: readonly string[];
  experience: string;
}

const unknownSkill = (): BadUserInputError =>
  new BadUserInputError(
    'Unknown skill',
    { skillIds: 'names a skill that does not exist' },
    MentorApplicationReason.UNKNOWN_SKILL,
  );

const alreadyPending = (): ConflictError =>
  new ConflictError(MentorApplicationReason.APPLICATION_PENDING, 'You already have an application under review');

/** The actor files a PENDING mentor application; refused for current mentors and while another one is pending. */
export async function applyForMentor(
  tx: EntityManager,
  actor: Actor,
  draft: ApplyForMentorCommand,
): Promise<Outcome<MentorApplication>> {
  const motivation = draft.motivation.trim();
  const experience = draft.experience.trim();
  const skillIds = [...new Set(draft.skillIds)];
  const fields: Record<string, string> = {};
  if (motivation.length < 20) fields.motivation = 'must be at least 20 characters';
  if (experience.length < 1) fields.experience = 'must not be blank';
  if (Object.keys(fields).length > 0) throw new BadUserInputError('Invalid application', fields);
  if (actor.roles.includes(Role.MENTOR)) {
    throw new ConflictError(MentorApplicationReason.ALREADY_MENTOR, 'You already hold the MENTOR role');
  }
  const known = await tx.count(Skill, { where: { id: In(skillIds) } });
  if (known !== skillIds.length) throw unknownSkill();

  // A friendly check first; the partial unique index settles concurrent submissions.
  const pending = await tx.count(MentorApplication, {
    where: { applicantId: actor.userId, status: MentorApplicationStatus.PENDING },
  });
  if (pending > 0) throw alreadyPending();
  try {
    const application = await tx.save(
      tx.create(MentorApplication, {
        applicantId: actor.userId,
        motivation,
        experience,
        status: MentorApplicationStatus.PENDING,
        reviewedById: null,
        reviewReason: null,
        reviewedAt: null,
      }),
    );
    await tx.query(
      `INSERT INTO "mentor_application_skills" ("application_id", "skill_id") SELECT $1, unnest($2::uuid[])`,
      [application.id, skillIds],
    );
    return done(application);
  } catch (error) {
    if (isUniqueViolation(error, 'mentor_applications_pending_key')) throw alreadyPending();
    // A skill deleted between the check above and the insert.
    if (sqlState(error) === '23503') throw unknownSkill();
    throw error;
  }
}

/** Applications newest first: all of them for admins, otherwise only the caller's own. */
export async function listMentorApplications(
  db: EntityManager,
  caller: Caller,
  args: ConnectionArgs,
  status: MentorApplicationStatus | null,
): Promise<ConnectionResult<MentorApplication>> {
  const qb = db.getRepository(MentorApplication).createQueryBuilder('a');
  if (!isAdmin(caller.roles)) qb.andWhere('a.applicantId = :viewerId', { viewerId: caller.userId });
  if (status) qb.andWhere('a.status = :status', { status });
  return paginate(qb, args, [
    { expr: 'a.createdAt', value: (a) => a.createdAt, desc: true },
    { expr: 'a.id', value: (a) => a.id, desc: true },
  ]);
}

/** applyForMentor, safe to retry with a clientMutationId. */
export const applyForMentorOnce = idempotent(replayById('applyForMentor', MentorApplication), applyForMentor);
