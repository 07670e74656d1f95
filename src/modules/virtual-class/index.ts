import type { NodeFetchers } from '../../app/node-fetchers';
import { VirtualClassMutationResolver } from './virtual-class-mutations.resolver';
import { VirtualClassResolver } from './virtual-class.resolver';

/** The resolvers this module adds to the schema. */
export const virtualClassResolvers: Function[] = [VirtualClassResolver, VirtualClassMutationResolver];

/** How this module's Node types are fetched by `node(id)`: classes are readable by every signed-in user. */
export const virtualClassNodes: NodeFetchers = {
  VirtualClass: (ctx, id) => ctx.loaders.virtualClassById.load(id),
};
