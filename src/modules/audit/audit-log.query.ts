import type { EntityManager } from 'typeorm';
import { fromGlobalId, idOf } from '../../common/global-id';
import { paginate, type ConnectionArgs, type ConnectionResult } from '../../common/pagination';
import { BadUserInputError } from '../../errors/app-error';
import { AuditLog } from './audit-log.entity';
import type { AuditLogFilter } from './audit.inputs';

/** Pages through the audit log, newest first, narrowed by actor, target, action and time range. */
export async function listAuditLog(
  db: EntityManager,
  args: ConnectionArgs,
  filter: AuditLogFilter | null | undefined,
): Promise<ConnectionResult<AuditLog>> {
  const qb = db.getRepository(AuditLog).createQueryBuilder('a');
  if (filter?.actorId != null) {
    qb.andWhere('a.actorId = :actorId', { actorId: idOf('User', filter.actorId, 'filter.actorId') });
  }
  if (filter?.targetId != null) {
    // Entries store the target's type and uuid apart; the global id carries both.
    const target = fromGlobalId(filter.targetId, 'filter.targetId');
    qb.andWhere('a.targetType = :targetType AND a.targetId = :targetId', {
      targetType: target.type,
      targetId: target.id,
    });
  }
  if (filter?.action != null) qb.andWhere('a.action = :action', { action: filter.action });
  if (filter?.from != null && filter?.to != null && filter.from > filter.to) {
    throw new BadUserInputError('The time range ends before it starts', { 'filter.to': 'must not be before from' });
  }
  if (filter?.from != null) qb.andWhere('a.createdAt >= :from', { from: filter.from });
  if (filter?.to != null) qb.andWhere('a.createdAt <= :to', { to: filter.to });
  return paginate(qb, args, [
    { expr: 'a.createdAt', value: (a) => a.createdAt, desc: true },
    { expr: 'a.id', value: (a) => a.id, desc: true },
  ]);
}
