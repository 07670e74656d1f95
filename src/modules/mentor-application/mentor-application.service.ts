import { In, type EntityManager } from 'typeorm';
import { isAdmin } from '../../auth/rules';
import { ConnectionArgs, paginate, type ConnectionResult } from '../../common/pagination';
import { BadUserInputError, ConflictError } from '../../errors/app-error';
import { isUniqueViolation, sqlState } from '../../errors/db-errors';
import { Role } from '../role/role';
import { Skill } from '../skill/skill.entity';
import { MentorApplication, MentorApplicationStatus } from './mentor-application.entity';

export interface MentorApplicationDraft {
  motivation: string;
  skillIds: readonly string[];
  experience: string;
}

/** Whether a viewer with these roles may see an application: its applicant or an admin. */
export function canSeeApplication(application: MentorApplication, viewerId: string, roles: readonly Role[]): boolean {
  return application.applicantId === viewerId || isAdmin(roles);
}

/** Files a PENDING mentor application; refused for current mentors and while another one is pending. */
export async function applyForMentor(
  db: EntityManager,
  applicantId: string,
  roles: readonly Role[],
  draft: MentorApplicationDraft,
): Promise<MentorApplication> {
  const motivation = draft.motivation.trim();
  const experience = draft.experience.trim();
  const skillIds = [...new Set(draft.skillIds)];
  const fields: Record<string, string> = {};
  if (motivation.length < 20) fields.motivation = 'must be at least 20 characters';
  if (experience.length < 1) fields.experience = 'must not be blank';
  if (Object.keys(fields).length > 0) throw new BadUserInputError('Invalid application', fields);
  if (roles.includes(Role.MENTOR)) throw new ConflictError('You already hold the MENTOR role');

  const known = await db.count(Skill, { where: { id: In(skillIds) } });
  if (known !== skillIds.length)
    throw new BadUserInputError('Unknown skill', { skillIds: 'names a skill that does not exist' });

  try {
    return await db.transaction(async (manager) => {
      // A friendly check first; the partial unique index settles concurrent submissions.
      const pending = await manager.count(MentorApplication, {
        where: { applicantId, status: MentorApplicationStatus.PENDING },
      });
      if (pending > 0) throw new ConflictError('You already have an application under review');
      const application = await manager.save(
        manager.create(MentorApplication, {
          applicantId,
          motivation,
          experience,
          status: MentorApplicationStatus.PENDING,
          reviewedById: null,
          reviewReason: null,
          reviewedAt: null,
        }),
      );
      await manager.query(
        `INSERT INTO "mentor_application_skills" ("application_id", "skill_id") SELECT $1, unnest($2::uuid[])`,
        [application.id, skillIds],
      );
      return application;
    });
  } catch (error) {
    if (isUniqueViolation(error, 'mentor_applications_pending_key')) {
      throw new ConflictError('You already have an application under review');
    }
    // A skill deleted between the check above and the insert.
    if (sqlState(error) === '23503') {
      throw new BadUserInputError('Unknown skill', { skillIds: 'names a skill that does not exist' });
    }
    throw error;
  }
}

/** Applications newest first: all of them for admins, otherwise only the viewer's own. */
export async function listMentorApplications(
  db: EntityManager,
  viewerId: string,
  roles: readonly Role[],
  args: ConnectionArgs,
  status: MentorApplicationStatus | null,
): Promise<ConnectionResult<MentorApplication>> {
  const qb = db.getRepository(MentorApplication).createQueryBuilder('a');
  if (!isAdmin(roles)) qb.andWhere('a.applicantId = :viewerId', { viewerId });
  if (status) qb.andWhere('a.status = :status', { status });
  return paginate(qb, args, [
    { expr: 'a.createdAt', value: (a) => a.createdAt, desc: true },
    { expr: 'a.id', value: (a) => a.id, desc: true },
  ]);
}
