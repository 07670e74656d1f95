import type { FeatureModule } from '../../app/feature-module';
import type { NodeFetchers } from '../../app/node-fetchers';
import { StatsResolver } from './stats.resolver';
import { createStatsLoaders } from './stats.loaders';

const resolvers: Function[] = [StatsResolver];

/** How this module's Node types are fetched by `node(id)`. */
const nodes: NodeFetchers = {};

/** The stats feature: everything it adds to the application. */
export const statsModule = {
  name: 'stats',
  resolvers,
  nodes,
  loaders: createStatsLoaders,
  entities: [],
} satisfies FeatureModule;
