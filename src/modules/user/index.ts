import type { NodeFetchers } from '../../app/node-fetchers';
import { ProfileResolver } from './profile.resolver';
import { UserAdminResolver } from './user-admin.resolver';
import { findVisibleUser } from './user-query.service';
import { UserResolver } from './user.resolver';

/** The resolvers this module adds to the schema. */
export const userResolvers: Function[] = [UserResolver, ProfileResolver, UserAdminResolver];

/** How this module's Node types are fetched by `node(id)`: deleted users exist only for admins. */
export const userNodes: NodeFetchers = {
  User: (ctx, id) => findVisibleUser(ctx, id),
};
