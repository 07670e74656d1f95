import type { NodeFetchers } from '../../app/node-fetchers';
import { TaskResolver } from './task.resolver';

/** The resolvers this module adds to the schema. */
export const taskResolvers: Function[] = [TaskResolver];

/** How this module's Node types are fetched by `node(id)`: tasks are readable by every signed-in user. */
export const taskNodes: NodeFetchers = {
  Task: (ctx, id) => ctx.loaders.taskById.load(id),
};
