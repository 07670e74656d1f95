import type { EntityManager } from 'typeorm';

export function createActivityLoaders(_db: EntityManager) {
  return {};
}
