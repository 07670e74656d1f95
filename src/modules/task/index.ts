import type { FeatureModule } from '../../app/feature-module';
import { taskReads } from './task.reads';
import type { NodeFetchers } from '../../app/node-fetchers';
import { TaskResolver } from './task.resolver';
import { createTaskLoaders } from './task.loaders';
import { Task } from './task.entity';
import { TaskReason } from './task.reasons';

const resolvers: Function[] = [TaskResolver];

/** How this module's Node types are fetched by `node(id)`: tasks are readable by every signed-in user. */
const nodes: NodeFetchers = {
  Task: (ctx, id) => ctx.loaders.taskById.load(id),
};

/** The task feature: everything it adds to the application. */
export const taskModule = {
  name: 'task',
  resolvers,
  nodes,
  loaders: createTaskLoaders,
  reads: taskReads,
  entities: [Task],
  reasons: TaskReason,
} satisfies FeatureModule;
