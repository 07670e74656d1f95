import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context';
import { Auth } from '../../auth/auth.decorator';
import { AuthRule } from '../../auth/rules';
import { ConnectionArgs, connectionType, type ConnectionResult } from '../../common/pagination';
import { NotFoundError } from '../../errors/app-error';
import { User } from '../user/user.entity';
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
import { canSeeSolution, createTask, deleteTask, listTasks, updateTask } from './task.service';

export const TaskConnection = connectionType(Task);

@Resolver(() => Task)
export class TaskResolver {
  @Auth(AuthRule.USER)
  @Query(() => TaskConnection, { description: 'Learning tasks, newest first.' })
  async tasks(
    @Args() args: ConnectionArgs,
    @Arg('filter', () => TaskFilter, { nullable: true }) filter: TaskFilter | null,
    @Ctx() ctx: Context,
  ): Promise<ConnectionResult<Task>> {
    return listTasks(ctx, args, filter);
  }

  @Auth(AuthRule.MENTOR)
  @Mutation(() => CreateTaskPayload, { description: 'Creates a task authored by the caller.' })
  async createTask(@Arg('input') input: CreateTaskInput, @Ctx() ctx: Context): Promise<CreateTaskPayload> {
    return { task: await createTask(ctx, input) };
  }

  @Auth(AuthRule.MENTOR)
  @Mutation(() => UpdateTaskPayload, { description: 'Mentors change their own tasks; admins any.' })
  async updateTask(@Arg('input') input: UpdateTaskInput, @Ctx() ctx: Context): Promise<UpdateTaskPayload> {
    return { task: await updateTask(ctx, input) };
  }

  @Auth(AuthRule.MENTOR)
  @Mutation(() => DeleteTaskPayload, { description: 'Mentors delete their own tasks; admins any.' })
  async deleteTask(@Arg('input') input: DeleteTaskInput, @Ctx() ctx: Context): Promise<DeleteTaskPayload> {
    return { deletedTaskId: await deleteTask(ctx, input.id) };
  }

  @FieldResolver(() => User)
  async author(@Root() task: Task, @Ctx() ctx: Context): Promise<User> {
    const user = await ctx.loaders.userById.load(task.authorId);
    if (!user) throw new NotFoundError('Author');
    return user;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Markdown; null unless the viewer wrote the task, is an admin, or completed it.',
  })
  async solvedContent(@Root() task: Task, @Ctx() ctx: Context): Promise<string | null> {
    return (await canSeeSolution(ctx, task)) ? task.solvedContent : null;
  }
}
