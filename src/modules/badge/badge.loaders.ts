import type { EntityManager } from 'typeorm';

export function createBadgeLoaders(_db: EntityManager) {
  return {};
}
