import type { NodeFetchers } from '../../app/node-fetchers';
import { StatsResolver } from './stats.resolver';

/** The resolvers this module adds to the schema. */
export const statsResolvers: Function[] = [StatsResolver];

/** How this module's Node types are fetched by `node(id)`. */
export const statsNodes: NodeFetchers = {};
