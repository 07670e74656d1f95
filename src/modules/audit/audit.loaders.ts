import type { EntityManager } from 'typeorm';

export function createAuditLoaders(_db: EntityManager) {
  return {};
}
