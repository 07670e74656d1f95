import type { NodeFetchers } from '../../app/node-fetchers';
import { UserResolver } from './user.resolver';

/** The resolvers this module adds to the schema. */
export const userResolvers: Function[] = [UserResolver];

/** How this module's Node types are fetched by `node(id)`. */
export const userNodes: NodeFetchers = {
  User: (ctx, id) => ctx.loaders.userById.load(id),
};
