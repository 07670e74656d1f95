import type { EntityManager } from 'typeorm';
import { isAdmin } from '../../auth/rules';
import type { ListQuery } from '../../common/pagination';
import type { Caller } from '../../auth/actor';
import { Mentorship } from './mentorship.entity';
import { MentorshipSide, type MentorshipFilter } from './mentorship.inputs';

/**
 * The mentorships the actor may see, newest first: their own (either side), or every mentorship
 * for admins. `filter.role` always means the actor's own side, for admins too.
 */
export function mentorshipList(
  db: EntityManager,
  actor: Caller,
  filter: MentorshipFilter | null | undefined,
): ListQuery<Mentorship> {
  const qb = db.getRepository(Mentorship).createQueryBuilder('m');
  const params = { viewerId: actor.userId };
  if (filter?.role === MentorshipSide.MENTOR) qb.andWhere('m.mentorId = :viewerId', params);
  else if (filter?.role === MentorshipSide.MENTEE) qb.andWhere('m.menteeId = :viewerId', params);
  else if (!isAdmin(actor.roles)) qb.andWhere('(m.mentorId = :viewerId OR m.menteeId = :viewerId)', params);
  if (filter?.status) qb.andWhere('m.status = :status', { status: filter.status });
  return {
    qb,
    keys: [
      { expr: 'm.createdAt', value: (m) => m.createdAt, desc: true, reads: ['createdAt'] },
      { expr: 'm.id', value: (m) => m.id, desc: true, reads: ['id'] },
    ],
  };
}
