import type { NodeFetchers } from '../../app/node-fetchers';

/** The resolvers this module adds to the schema. */
export const roleResolvers: Function[] = [];

/** How this module's Node types are fetched by `node(id)`. */
export const roleNodes: NodeFetchers = {};
