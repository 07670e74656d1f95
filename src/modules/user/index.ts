import type { FeatureModule } from '../../app/feature-module';
import { userReads } from './user.reads';
import type { NodeFetchers } from '../../app/node-fetchers';
import { ProfileResolver } from './profile.resolver';
import { UserAdminResolver } from './user-admin.resolver';
import { visibleUser } from './user-query.service';
import { UserResolver } from './user.resolver';
import { createUserLoaders } from './user.loaders';
import { User } from './user.entity';
import { Account } from './account.entity';
import { UserReason } from './user.reasons';

const resolvers: Function[] = [UserResolver, ProfileResolver, UserAdminResolver];

/** How this module's Node types are fetched by `node(id)`: deleted users exist only for admins. */
const nodes: NodeFetchers = {
  User: async (ctx, id) => visibleUser(await ctx.loaders.userById.load(id), ctx.actor),
};

/** The user feature: everything it adds to the application. */
export const userModule = {
  name: 'user',
  resolvers,
  nodes,
  loaders: createUserLoaders,
  reads: userReads,
  entities: [User, Account],
  reasons: UserReason,
} satisfies FeatureModule;
