import type { EntityManager } from 'typeorm';

export function createSuggestionLoaders(_db: EntityManager) {
  return {};
}
