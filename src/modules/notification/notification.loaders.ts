import type { EntityManager } from 'typeorm';

export function createNotificationLoaders(_db: EntityManager) {
  return {};
}
