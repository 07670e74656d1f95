import type { FeatureModule } from '../../app/feature-module';
import { roleReads } from './role.reads';
import type { NodeFetchers } from '../../app/node-fetchers';
import { isAdmin } from '../../auth/rules';
import { RoleResolver } from './role.resolver';
import { createRoleLoaders } from './role.loaders';
import { RoleReason } from './role.reasons';
import { UserRole } from './user-role.entity';

const resolvers: Function[] = [RoleResolver];

/** How this module's Node types are fetched by `node(id)`. */
const nodes: NodeFetchers = {
  // A role window is part of its user's private history: visible to that user and to admins.
  UserRole: async (ctx, id) => {
    const row = await ctx.loaders.userRoleById.load(id);
    if (!row) return null;
    return isAdmin(ctx.actor.roles) || ctx.actor.userId === row.userId ? row : null;
  },
};

/** The role feature: everything it adds to the application. */
export const roleModule = {
  name: 'role',
  resolvers,
  nodes,
  loaders: createRoleLoaders,
  reads: roleReads,
  entities: [UserRole],
  reasons: RoleReason,
} satisfies FeatureModule;
