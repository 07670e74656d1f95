import DataLoader from 'dataloader';
import { In, type EntityManager } from 'typeorm';
import { byKey } from '../../common/loader-utils';
import { AuditLog } from './audit-log.entity';

export function createAuditLoaders(db: EntityManager) {
  return {
    /** One audit entry by id. */
    auditLogById: new DataLoader<string, AuditLog | null>(async (ids) => {
      const rows = await db.find(AuditLog, { where: { id: In([...ids]) } });
      return byKey(ids, rows, (r) => r.id);
    }),
  };
}
