import DataLoader from 'dataloader';
import { In, type EntityManager } from 'typeorm';
import { byKey } from '../../common/loader-utils';
import { Task } from './task.entity';

/** A (user, task) pair, as the key of per-viewer checks. */
export interface UserTaskKey {
  userId: string;
  taskId: string;
}

const pairKey = (k: UserTaskKey): string => `${k.userId}:${k.taskId}`;

export function createTaskLoaders(db: EntityManager) {
  return {
    taskById: new DataLoader<string, Task | null>(async (ids) => {
      const rows = await db.find(Task, { where: { id: In([...ids]) } });
      return byKey(ids, rows, (r) => r.id);
    }),

    /** Whether the user completed the task (an activity of theirs with it and taskCompletedAt set). */
    taskCompletedByUser: new DataLoader<UserTaskKey, boolean, string>(
      async (keys) => {
        const rows: Array<{ user_id: string; task_id: string }> = await db.query(
          `SELECT DISTINCT "user_id", "task_id" FROM "user_activities"
           WHERE "task_completed_at" IS NOT NULL AND "user_id" = ANY($1::uuid[]) AND "task_id" = ANY($2::uuid[])`,
          [[...new Set(keys.map((k) => k.userId))], [...new Set(keys.map((k) => k.taskId))]],
        );
        const done = new Set(rows.map((r) => pairKey({ userId: r.user_id, taskId: r.task_id })));
        return keys.map((k) => done.has(pairKey(k)));
      },
      { cacheKeyFn: pairKey },
    ),
  };
}
