import type { FeatureModule } from '../../app/feature-module';
import type { NodeFetchers } from '../../app/node-fetchers';
import { SkillAdminResolver } from './skill-admin.resolver';
import { SkillResolver } from './skill.resolver';
import { createSkillLoaders } from './skill.loaders';
import { Skill } from './skill.entity';
import { SkillReason } from './skill.reasons';

const resolvers: Function[] = [SkillResolver, SkillAdminResolver];

/** How this module's Node types are fetched by `node(id)`. */
const nodes: NodeFetchers = {
  Skill: (ctx, id) => ctx.loaders.skillById.load(id),
};

/** The skill feature: everything it adds to the application. */
export const skillModule = {
  name: 'skill',
  resolvers,
  nodes,
  loaders: createSkillLoaders,
  entities: [Skill],
  reasons: SkillReason,
} satisfies FeatureModule;
