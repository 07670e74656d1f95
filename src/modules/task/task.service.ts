import type { EntityManager } from 'typeorm';
import type { Actor } from '../../auth/actor';
import { done, type Outcome } from '../../common/outcome';
import { BadUserInputError, ForbiddenError, NotFoundError, type FieldErrors } from '../../errors/app-error';
import { recordAudit } from '../audit/audit.service';
import type { EnglishLevel } from '../user/user.entity';
import { isAuthorOrAdmin } from './task.access';
import { Task, type Difficulty, type TaskType } from './task.entity';
import { TaskReason } from './task.reasons';

export interface CreateTaskCommand {
  title: string;
  description?: string | null;
  content: string;
  solvedContent?: string | null;
  type: TaskType;
  difficulty: Difficulty;
  englishLevel?: EnglishLevel | null;
}

/** Absent fields stay as they are; null clears the nullable ones (solvedContent, englishLevel) and is refused for the others. */
export interface UpdateTaskCommand {
  taskId: string;
  title?: string | null;
  description?: string | null;
  content?: string | null;
  solvedContent?: string | null;
  type?: TaskType | null;
  difficulty?: Difficulty | null;
  englishLevel?: EnglishLevel | null;
}

/** Creates a task authored by the actor (a mentor or admin, checked by the field's rule). */
export async function createTask(tx: EntityManager, actor: Actor, command: CreateTaskCommand): Promise<Outcome<Task>> {
  const title = command.title.trim();
  if (title === '') throw new BadUserInputError('Invalid input', { title: 'must not be blank' });
  const task = tx.create(Task, {
    title,
    description: command.description ?? '',
    content: command.content,
    solvedContent: command.solvedContent ?? null,
    type: command.type,
    difficulty: command.difficulty,
    englishLevel: command.englishLevel ?? null,
    authorId: actor.userId,
  });
  return done(await tx.save(task));
}

/** Loads and locks a task the actor may change: mentors only their own, admins any (FORBIDDEN otherwise). */
async function editableTask(tx: EntityManager, actor: Actor, taskId: string): Promise<Task> {
  const task = await tx.findOne(Task, { where: { id: taskId }, lock: { mode: 'pessimistic_write' } });
  if (!task) throw new NotFoundError('Task');
  if (!isAuthorOrAdmin(task, actor)) {
    throw new ForbiddenError(TaskReason.NOT_TASK_AUTHOR, 'Only the author or an admin can change this task');
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
export async function updateTask(
  tx: EntityManager,
  actor: Actor,
  { taskId, ...changes }: UpdateTaskCommand,
): Promise<Outcome<Task>> {
  const task = await editableTask(tx, actor, taskId);
  const before = snapshot(task);
  // Absent means unchanged; null is only meaningful for the nullable fields.
  const fields: FieldErrors = {};
  for (const key of ['title', 'description', 'content', 'type', 'difficulty'] as const) {
    if (changes[key] === null) fields[key] = 'cannot be null';
  }
  if (changes.title != null && changes.title.trim() === '') fields.title = 'must not be blank';
  if (Object.keys(fields).length > 0) throw new BadUserInputError('Invalid input', fields);
  if (changes.title != null) task.title = changes.title.trim();
  if (changes.description != null) task.description = changes.description;
  if (changes.content != null) task.content = changes.content;
  if (changes.solvedContent !== undefined) task.solvedContent = changes.solvedContent;
  if (changes.type != null) task.type = changes.type;
  if (changes.difficulty != null) task.difficulty = changes.difficulty;
  if (changes.englishLevel !== undefined) task.englishLevel = changes.englishLevel;
  const saved = await tx.save(task);
  if (task.authorId !== actor.userId) {
    await recordAudit(tx, actor, {
      action: 'task.update',
      targetType: 'Task',
      targetId: task.id,
      before,
      after: snapshot(saved),
    });
  }
  return done(saved);
}

/** Deletes a task; activities and classes that used it keep existing without it. Returns its id. */
export async function deleteTask(
  tx: EntityManager,
  actor: Actor,
  { taskId }: { taskId: string },
): Promise<Outcome<string>> {
  const task = await editableTask(tx, actor, taskId);
  // The foreign keys set task_id to null, but a completed activity must not keep a completion
  // time without its task (CHECK user_activities_task_done_check): clear both together first.
  await tx.query(
    `UPDATE "user_activities" SET "task_id" = NULL, "task_completed_at" = NULL, "updated_at" = now()
     WHERE "task_id" = $1`,
    [task.id],
  );
  await tx.delete(Task, { id: task.id });
  if (task.authorId !== actor.userId) {
    await recordAudit(tx, actor, {
      action: 'task.delete',
      targetType: 'Task',
      targetId: task.id,
      before: snapshot(task),
    });
  }
  return done(task.id);
}
