import type { EntityManager } from 'typeorm';
import { createRoleLoaders } from '../modules/role/role.loaders';
import { createSkillLoaders } from '../modules/skill/skill.loaders';
import { createUserLoaders } from '../modules/user/user.loaders';

/** Every DataLoader of one request; built per request, never shared. */
export function createLoaders(db: EntityManager) {
  return {
    ...createUserLoaders(db),
    ...createRoleLoaders(db),
    ...createSkillLoaders(db),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
