import type { NodeFetchers } from '../../app/node-fetchers';
import { SkillAdminResolver } from './skill-admin.resolver';
import { SkillResolver } from './skill.resolver';

/** The resolvers this module adds to the schema. */
export const skillResolvers: Function[] = [SkillResolver, SkillAdminResolver];

/** How this module's Node types are fetched by `node(id)`. */
export const skillNodes: NodeFetchers = {
  Skill: (ctx, id) => ctx.loaders.skillById.load(id),
};
