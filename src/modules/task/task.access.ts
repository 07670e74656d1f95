import type { Caller } from '../../auth/actor';
import { isAdmin } from '../../auth/rules';
import type { Task } from './task.entity';

/** The task's author or an admin: who may change it, and who always sees its solution. */
export const isAuthorOrAdmin = (task: Pick<Task, 'authorId'>, caller: Caller): boolean =>
  (caller.userId !== null && task.authorId === caller.userId) || isAdmin(caller.roles);
