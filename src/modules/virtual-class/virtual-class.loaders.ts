import type { EntityManager } from 'typeorm';

export function createVirtualClassLoaders(_db: EntityManager) {
  return {};
}
