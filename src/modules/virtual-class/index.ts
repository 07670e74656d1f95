import type { FeatureModule } from '../../app/feature-module';
import { virtualClassReads } from './virtual-class.reads';
import type { NodeFetchers } from '../../app/node-fetchers';
import { VirtualClassMutationResolver } from './virtual-class-mutations.resolver';
import { VirtualClassResolver } from './virtual-class.resolver';
import { createVirtualClassLoaders } from './virtual-class.loaders';
import { VirtualClass } from './virtual-class.entity';
import { ClassReason } from './virtual-class.reasons';

const resolvers: Function[] = [VirtualClassResolver, VirtualClassMutationResolver];

/** How this module's Node types are fetched by `node(id)`: classes are readable by every signed-in user. */
const nodes: NodeFetchers = {
  VirtualClass: (ctx, id) => ctx.loaders.virtualClassById.load(id),
};

/** The virtual class feature: everything it adds to the application. */
export const virtualClassModule = {
  name: 'virtual-class',
  resolvers,
  nodes,
  loaders: createVirtualClassLoaders,
  reads: virtualClassReads,
  entities: [VirtualClass],
  reasons: ClassReason,
} satisfies FeatureModule;
