import type { EntityManager } from 'typeorm';
import type { Caller } from '../../auth/actor';
import { AuditLog } from './audit-log.entity';

export interface AuditEntry {
  action: string;
  targetType?: string;
  targetId?: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  reason?: string | null;
}

/** Appends one audit entry inside the caller's transaction. */
export async function recordAudit(manager: EntityManager, actor: Caller, entry: AuditEntry): Promise<void> {
  await manager.save(
    manager.create(AuditLog, {
      actorId: actor.userId,
      requestId: actor.requestId,
      ip: actor.ip,
      userAgent: actor.userAgent,
      action: entry.action,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId ?? null,
      before: entry.before ?? null,
      after: entry.after ?? null,
      reason: entry.reason ?? null,
    }),
  );
}
