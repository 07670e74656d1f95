import type { EntityManager } from 'typeorm';
import { paginate, type ConnectionArgs, type ConnectionResult } from '../../common/pagination';
import { BadUserInputError } from '../../errors/app-error';
import { AuditLog } from './audit-log.entity';

/** What the audit log is narrowed by, with ids already decoded (the resolver reads the global ids). */
export interface AuditLogQuery {
  actorId?: string;
  /** Entries store the target's type and uuid apart; the global id carries both. */
  target?: { type: string; id: string };
  action?: string;
  from?: Date;
  to?: Date;
}

/** Pages through the audit log, newest first, narrowed by actor, target, action and time range. */
export async function listAuditLog(
  db: EntityManager,
  args: ConnectionArgs,
  query: AuditLogQuery,
): Promise<ConnectionResult<AuditLog>> {
  const { actorId, target, action, from, to } = query;
  if (from !== undefined && to !== undefined && from > to) {
    throw new BadUserInputError('The time range ends before it starts', { 'filter.to': 'must not be before from' });
  }
  const qb = db.getRepository(AuditLog).createQueryBuilder('a');
  if (actorId !== undefined) qb.andWhere('a.actorId = :actorId', { actorId });
  if (target !== undefined) {
    qb.andWhere('a.targetType = :targetType AND a.targetId = :targetId', {
      targetType: target.type,
      targetId: target.id,
    });
  }
  if (action !== undefined) qb.andWhere('a.action = :action', { action });
  if (from !== undefined) qb.andWhere('a.createdAt >= :from', { from });
  if (to !== undefined) qb.andWhere('a.createdAt <= :to', { to });
  return paginate(qb, args, [
    { expr: 'a.createdAt', value: (a) => a.createdAt, desc: true },
    { expr: 'a.id', value: (a) => a.id, desc: true },
  ]);
}
