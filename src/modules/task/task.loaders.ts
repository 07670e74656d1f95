import type { EntityManager } from 'typeorm';

export function createTaskLoaders(_db: EntityManager) {
  return {};
}
