import type { EntityManager } from 'typeorm';

export function createMessageLoaders(_db: EntityManager) {
  return {};
}
