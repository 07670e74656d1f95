import type { Context } from './context';

/** Loads a record of one Node type by database id, or null when absent or not visible to the viewer. */
export type NodeFetcher = (ctx: Context, id: string) => Promise<object | null>;

export type NodeFetchers = Record<string, NodeFetcher>;
