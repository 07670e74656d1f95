import { one, type ReadModel } from '../../common/read-plan/model';
import { Task } from './task.entity';

export const taskReads: ReadModel[] = [{ type: 'Task', entity: Task, relations: { author: one('User', 'authorId') } }];
