import type { EntityManager } from 'typeorm';

export function createStatsLoaders(_db: EntityManager) {
  return {};
}
