import type { EntityManager } from 'typeorm';
import type { Context } from '../../app/context';
import { isAdmin } from '../../auth/rules';
import { requireViewer } from '../../auth/viewer';
import { idOf, toGlobalId } from '../../common/global-id';
import { paginate, type ConnectionArgs, type ConnectionResult } from '../../common/pagination';
import { BadUserInputError, ForbiddenError, NotFoundError, type FieldErrors } from '../../errors/app-error';
import { recordAudit } from '../audit/audit.service';
import { Task } from './task.entity';
import type { CreateTaskInput, TaskFilter, UpdateTaskInput } from './task.inputs';

/** Tasks newest first, narrowed by the filter. */
export async function listTasks(
  ctx: Context,
  args: ConnectionArgs,
  filter: TaskFilter | null | undefined,
): Promise<ConnectionResult<Task>> {
  const qb = ctx.db.getRepository(Task).createQueryBuilder('t');
  if (filter?.type) qb.andWhere('t.type = :type', { type: filter.type });
  if (filter?.difficulty) qb.andWhere('t.difficulty = :difficulty', { difficulty: filter.difficulty });
  if (filter?.authorId) qb.andWhere('t.authorId = :authorId', { authorId: idOf('User', filter.authorId, 'authorId') });
  return paginate(qb, args, [
    { expr: 't.createdAt', value: (t) => t.createdAt, desc: true },
    { expr: 't.id', value: (t) => t.id, desc: true },
  ]);
}

/** Whether the viewer may read the task's solution: its author, an admin, or someone who completed it. */
export async function canSeeSolution(ctx: Context, task: Task): Promise<boolean> {
  const viewer = ctx.viewer;
  if (!viewer) return false;
  if (task.authorId === viewer.id || isAdmin(ctx.actor.roles)) return true;
  return ctx.loaders.taskCompletedByUser.load({ userId: viewer.id, taskId: task.id });
}

/** Creates a task authored by the viewer (a mentor or admin, checked by the field's rule). */
export async function createTask(ctx: Context, input: CreateTaskInput): Promise<Task> {
  const viewer = requireViewer(ctx);
  const title = input.title.trim();
  if (title === '') throw new BadUserInputError('Invalid input', { title: 'must not be blank' });
  const task = ctx.db.create(Task, {
    title,
    description: input.description ?? '',
    content: input.content,
    solvedContent: input.solvedContent ?? null,
    type: input.type,
    difficulty: input.difficulty,
    englishLevel: input.englishLevel ?? null,
    authorId: viewer.id,
  });
  return ctx.db.save(task);
}

/** Loads a task the viewer may change: mentors only their own, admins any (FORBIDDEN otherwise). */
async function editableTask(ctx: Context, manager: EntityManager, globalId: string): Promise<Task> {
  const viewer = requireViewer(ctx);
  const task = await manager.findOne(Task, {
    where: { id: idOf('Task', globalId) },
    lock: { mode: 'pessimistic_write' },
  });
  if (!task) throw new NotFoundError('Task');
  if (task.authorId !== viewer.id && !isAdmin(ctx.actor.roles)) {
    throw new ForbiddenError('Only the author or an admin can change this task');
  }
  return task;
}

const snapshot = (t: Task): Record<string, unknown> => ({
  title: t.title,
  type: t.type,
  difficulty: t.difficulty,
  englishLevel: t.englishLevel,
  authorId: t.authorId,
});

/** Updates the given fields of a task; an admin editing someone else's task is audited. */
export async function updateTask(ctx: Context, input: UpdateTaskInput): Promise<Task> {
  return ctx.db.transaction(async (manager) => {
    const task = await editableTask(ctx, manager, input.id);
    const before = snapshot(task);
    // Absent means unchanged; null is only meaningful for the nullable fields.
    const fields: FieldErrors = {};
    for (const key of ['title', 'description', 'content', 'type', 'difficulty'] as const) {
      if (input[key] === null) fields[key] = 'cannot be null';
    }
    if (input.title != null && input.title.trim() === '') fields.title = 'must not be blank';
    if (Object.keys(fields).length > 0) throw new BadUserInputError('Invalid input', fields);
    if (input.title != null) task.title = input.title.trim();
    if (input.description != null) task.description = input.description;
    if (input.content != null) task.content = input.content;
    if (input.solvedContent !== undefined) task.solvedContent = input.solvedContent;
    if (input.type != null) task.type = input.type;
    if (input.difficulty != null) task.difficulty = input.difficulty;
    if (input.englishLevel !== undefined) task.englishLevel = input.englishLevel;
    const saved = await manager.save(task);
    if (task.authorId !== ctx.viewer?.id) {
      await recordAudit(manager, ctx.actor, {
        action: 'task.update',
        targetType: 'Task',
        targetId: task.id,
        before,
        after: snapshot(saved),
      });
    }
    return saved;
  });
}

/** Deletes a task; activities and classes that used it keep existing without it. Returns its global id. */
export async function deleteTask(ctx: Context, globalId: string): Promise<string> {
  await ctx.db.transaction(async (manager) => {
    const task = await editableTask(ctx, manager, globalId);
    // The foreign keys set task_id to null, but a completed activity must not keep a completion
    // time without its task (CHECK user_activities_task_done_check): clear both together first.
    await manager.query(
      `UPDATE "user_activities" SET "task_id" = NULL, "task_completed_at" = NULL, "updated_at" = now()
       WHERE "task_id" = $1`,
      [task.id],
    );
    await manager.delete(Task, { id: task.id });
    if (task.authorId !== ctx.viewer?.id) {
      await recordAudit(manager, ctx.actor, {
        action: 'task.delete',
        targetType: 'Task',
        targetId: task.id,
        before: snapshot(task),
      });
    }
  });
  return toGlobalId('Task', idOf('Task', globalId));
}
