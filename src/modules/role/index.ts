import type { NodeFetchers } from '../../app/node-fetchers';
import { isAdmin } from '../../auth/rules';
import { RoleResolver } from './role.resolver';

/** The resolvers this module adds to the schema. */
export const roleResolvers: Function[] = [RoleResolver];

/** How this module's Node types are fetched by `node(id)`. */
export const roleNodes: NodeFetchers = {
  // A role window is part of its user's private history: visible to that user and to admins.
  UserRole: async (ctx, id) => {
    const row = await ctx.loaders.userRoleById.load(id);
    if (!row) return null;
    return isAdmin(ctx.roles) || ctx.viewer?.id === row.userId ? row : null;
  },
};
