import type { EntityManager } from 'typeorm';
import type { Caller } from '../../auth/actor';
import type { ListQuery } from '../../common/pagination';
import { classStatusSql, type ClassStatus } from './class-status';
import { VirtualClass } from './virtual-class.entity';

/** The class list's filter with its ids decoded (the resolver decodes them). */
export interface ClassListFilter {
  status?: ClassStatus | null;
  from?: Date | null;
  to?: Date | null;
  hostId?: string | null;
}

/** Classes by start time (then id), narrowed by the filter; the status filter reads PENDING as derived at caller.now. */
export function classList(
  db: EntityManager,
  caller: Caller,
  filter: ClassListFilter | null | undefined,
): ListQuery<VirtualClass> {
  const qb = db.getRepository(VirtualClass).createQueryBuilder('c');
  if (filter?.status) qb.andWhere(classStatusSql('"c"', filter.status, ':now'), { now: caller.now });
  if (filter?.from) qb.andWhere('c.startsAt >= :from', { from: filter.from });
  if (filter?.to) qb.andWhere('c.startsAt < :to', { to: filter.to });
  if (filter?.hostId) qb.andWhere('c.hostId = :hostId', { hostId: filter.hostId });
  return {
    qb,
    keys: [
      { expr: 'c.startsAt', value: (c) => c.startsAt, reads: ['startsAt'] },
      { expr: 'c.id', value: (c) => c.id, reads: ['id'] },
    ],
  };
}
