import type { EntityManager } from 'typeorm';
import { paginate, type ConnectionArgs, type ConnectionResult } from '../../common/pagination';
import { Task, type Difficulty, type TaskType } from './task.entity';

/** The task list's filter with its ids decoded (the resolver decodes them). */
export interface TaskListFilter {
  type?: TaskType | null;
  difficulty?: Difficulty | null;
  authorId?: string | null;
}

/** Tasks newest first, narrowed by the filter; every signed-in caller sees the same list. */
export async function listTasks(
  db: EntityManager,
  args: ConnectionArgs,
  filter: TaskListFilter | null | undefined,
): Promise<ConnectionResult<Task>> {
  const qb = db.getRepository(Task).createQueryBuilder('t');
  if (filter?.type) qb.andWhere('t.type = :type', { type: filter.type });
  if (filter?.difficulty) qb.andWhere('t.difficulty = :difficulty', { difficulty: filter.difficulty });
  if (filter?.authorId) qb.andWhere('t.authorId = :authorId', { authorId: filter.authorId });
  return paginate(qb, args, [
    { expr: 't.createdAt', value: (t) => t.createdAt, desc: true },
    { expr: 't.id', value: (t) => t.id, desc: true },
  ]);
}
