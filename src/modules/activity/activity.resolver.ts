import { Arg, Args, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context';
import { run } from '../../app/runner';
import { Auth } from '../../auth/auth.decorator';
import { AuthRule } from '../../auth/rules';
import { idOf } from '../../common/global-id';
import { ConnectionArgs, connectionType, type ConnectionResult } from '../../common/pagination';
import { NotFoundError } from '../../errors/app-error';
import { Task } from '../task/task.entity';
import { User } from '../user/user.entity';
import { loadUser } from '../user/user.loading';
import { VirtualClass } from '../virtual-class/virtual-class.entity';
import { CompleteTaskInput, CompleteTaskPayload } from './activity.inputs';
import { completeTask } from './activity.service';
import { UserActivity } from './user-activity.entity';

export const UserActivityConnection = connectionType(UserActivity);

@Resolver(() => UserActivity)
export class UserActivityResolver {
  @Auth(AuthRule.USER)
  @Mutation(() => CompleteTaskPayload, {
    description: 'Marks the task of one of your activities as done; completing twice changes nothing.',
  })
  async completeTask(@Arg('input') input: CompleteTaskInput, @Ctx() ctx: Context): Promise<CompleteTaskPayload> {
    return run(ctx, completeTask, { activityId: idOf('UserActivity', input.activityId, 'activityId') });
  }

  @FieldResolver(() => User)
  async user(@Root() activity: UserActivity, @Ctx() ctx: Context): Promise<User> {
    return loadUser(ctx, activity.userId);
  }

  @FieldResolver(() => VirtualClass)
  async virtualClass(@Root() activity: UserActivity, @Ctx() ctx: Context): Promise<VirtualClass> {
    const cls = await ctx.loaders.virtualClassById.load(activity.classId);
    if (!cls) throw new NotFoundError('Class');
    return cls;
  }

  @FieldResolver(() => Task, { nullable: true, description: 'The task attached when the class was completed.' })
  async task(@Root() activity: UserActivity, @Ctx() ctx: Context): Promise<Task | null> {
    return activity.taskId ? ctx.loaders.taskById.load(activity.taskId) : null;
  }
}

/** Adds the user's class history to User. */
@Resolver(() => User)
export class UserActivitiesResolver {
  @Auth(AuthRule.SELF_OR_ADMIN)
  @FieldResolver(() => UserActivityConnection, {
    nullable: true,
    description: 'Classes the user hosted or joined, newest first.',
  })
  async activities(
    @Root() user: User,
    @Args() args: ConnectionArgs,
    @Ctx() ctx: Context,
  ): Promise<ConnectionResult<UserActivity>> {
    const page = await ctx.loaders.activityPagesByUserId.load(user.id, args);
    // The page's rows are the ones node(id) or a later field would load again in this request.
    for (const row of page.nodes) ctx.loaders.activityById.prime(row.id, row);
    return page;
  }
}
