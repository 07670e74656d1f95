import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context';
import { run } from '../../app/runner';
import { Auth } from '../../auth/auth.decorator';
import { AuthRule } from '../../auth/rules';
import { idOf, toGlobalId } from '../../common/global-id';
import { ConnectionArgs, connectionType, type ConnectionResult } from '../../common/pagination';
import { User } from '../user/user.entity';
import { isAuthorOrAdmin } from './task.access';
import { Task } from './task.entity';
import {
  CreateTaskInput,
  CreateTaskPayload,
  DeleteTaskInput,
  DeleteTaskPayload,
  TaskFilter,
  UpdateTaskInput,
  UpdateTaskPayload,
} from './task.inputs';
import { listTasks } from './task.queries';
import { createTask, deleteTask, updateTask } from './task.service';

export const TaskConnection = connectionType(Task);

@Resolver(() => Task)
export class TaskResolver {
  @Auth(AuthRule.USER)
  @Query(() => TaskConnection, { description: 'Learning tasks, newest first.' })
  async tasks(
    @Args() args: ConnectionArgs,
    @Arg('filter', () => TaskFilter, { nullable: true, description: 'Conditions the tasks must meet.' })
    filter: TaskFilter | null,
    @Ctx() ctx: Context,
  ): Promise<ConnectionResult<Task>> {
    const authorId = filter?.authorId ? idOf('User', filter.authorId, 'authorId') : null;
    return listTasks(ctx.db, args, filter && { ...filter, authorId });
  }

  @Auth(AuthRule.MENTOR)
  @Mutation(() => CreateTaskPayload, { description: 'Creates a task authored by the caller.' })
  async createTask(
    @Arg('input', { description: 'The task to create.' }) input: CreateTaskInput,
    @Ctx() ctx: Context,
  ): Promise<CreateTaskPayload> {
    return { task: await run(ctx, createTask, input) };
  }

  @Auth(AuthRule.MENTOR)
  @Mutation(() => UpdateTaskPayload, { description: 'Mentors change their own tasks; admins any.' })
  async updateTask(
    @Arg('input', { description: 'The task and its changes.' }) input: UpdateTaskInput,
    @Ctx() ctx: Context,
  ): Promise<UpdateTaskPayload> {
    // Absent fields must stay absent (they mean "unchanged"), so the rest is passed as given.
    const { id, ...changes } = input;
    return { task: await run(ctx, updateTask, { taskId: idOf('Task', id), ...changes }) };
  }

  @Auth(AuthRule.MENTOR)
  @Mutation(() => DeleteTaskPayload, { description: 'Mentors delete their own tasks; admins any.' })
  async deleteTask(
    @Arg('input', { description: 'The task to delete.' }) input: DeleteTaskInput,
    @Ctx() ctx: Context,
  ): Promise<DeleteTaskPayload> {
    const taskId = await run(ctx, deleteTask, { taskId: idOf('Task', input.id) });
    return { deletedTaskId: toGlobalId('Task', taskId) };
  }

  @FieldResolver(() => User, { description: 'Who wrote the task.' })
  author(@Root() task: Task, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): User | Promise<User> {
    return ctx.loaders.reads.required(task, info, 'Author');
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Markdown; null unless the viewer wrote the task, is an admin, or completed it.',
  })
  async solvedContent(@Root() task: Task, @Ctx() ctx: Context): Promise<string | null> {
    const { userId } = ctx.actor;
    if (userId === null) return null;
    // Batched per request: a page of tasks asks the database once who completed which.
    const visible =
      isAuthorOrAdmin(task, ctx.actor) || (await ctx.loaders.taskCompletedByUser.load({ userId, taskId: task.id }));
    return visible ? task.solvedContent : null;
  }
}
