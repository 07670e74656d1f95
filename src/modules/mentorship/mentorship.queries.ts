import type { EntityManager } from 'typeorm';
import { isAdmin } from '../../auth/rules';
import { paginate, type ConnectionArgs, type ConnectionResult } from '../../common/pagination';
import type { Caller } from '../../auth/actor';
import { Mentorship } from './mentorship.entity';
import { MentorshipSide, type MentorshipFilter } from './mentorship.inputs';

/**
 * The mentorships the actor may see, newest first: their own (either side), or every mentorship
 * for admins. `filter.role` always means the actor's own side, for admins too.
 */
export async function listMentorships(
  db: EntityManager,
  actor: Caller,
  args: ConnectionArgs,
  filter: MentorshipFilter | null | undefined,
): Promise<ConnectionResult<Mentorship>> {
  const qb = db.getRepository(Mentorship).createQueryBuilder('m');
  const params = { viewerId: actor.userId };
  if (filter?.role === MentorshipSide.MENTOR) qb.andWhere('m.mentorId = :viewerId', params);
  else if (filter?.role === MentorshipSide.MENTEE) qb.andWhere('m.menteeId = :viewerId', params);
  else if (!isAdmin(actor.roles)) qb.andWhere('(m.mentorId = :viewerId OR m.menteeId = :viewerId)', params);
  if (filter?.status) qb.andWhere('m.status = :status', { status: filter.status });
  return paginate(qb, args, [
    { expr: 'm.createdAt', value: (m) => m.createdAt, desc: true },
    { expr: 'm.id', value: (m) => m.id, desc: true },
  ]);
}
