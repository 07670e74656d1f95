import type { EntityManager } from 'typeorm';

export function createMentorApplicationLoaders(_db: EntityManager) {
  return {};
}
