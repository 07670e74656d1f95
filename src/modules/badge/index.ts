import type { NodeFetchers } from '../../app/node-fetchers';

/** The resolvers this module adds to the schema. */
export const badgeResolvers: Function[] = [];

/** How this module's Node types are fetched by `node(id)`. */
export const badgeNodes: NodeFetchers = {};
