import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context';
import { run } from '../../app/runner';
import { Auth } from '../../auth/auth.decorator';
import { AuthRule } from '../../auth/rules';
import { idOf } from '../../common/global-id';
import { ConnectionArgs, connectionType, type ConnectionResult } from '../../common/pagination';
import { Task } from '../task/task.entity';
import { User } from '../user/user.entity';
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
  async completeTask(
    @Arg('input', { description: 'The activity whose task is done.' }) input: CompleteTaskInput,
    @Ctx() ctx: Context,
  ): Promise<CompleteTaskPayload> {
    return run(ctx, completeTask, { activityId: idOf('UserActivity', input.activityId, 'activityId') });
  }

  @FieldResolver(() => User, { description: 'Whose place in the class this is.' })
  user(@Root() activity: UserActivity, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): User | Promise<User> {
    return ctx.loaders.reads.required(activity, info, 'User');
  }

  @FieldResolver(() => VirtualClass, { description: 'The class.' })
  virtualClass(
    @Root() activity: UserActivity,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): VirtualClass | Promise<VirtualClass> {
    return ctx.loaders.reads.required(activity, info, 'Class');
  }

  @FieldResolver(() => Task, { nullable: true, description: 'The task attached when the class was completed.' })
  task(
    @Root() activity: UserActivity,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Task | null | Promise<Task | null> {
    return ctx.loaders.reads.relation(activity, info);
  }
}

/** Adds the user's class history to User. */
@Resolver(() => User)
export class UserActivitiesResolver {
  @Auth(AuthRule.SELF_OR_ADMIN)
  @FieldResolver(() => UserActivityConnection, {
    description: 'Classes the user hosted or joined, newest first.',
  })
  activities(
    @Root() user: User,
    @Args({ validate: false }) _args: ConnectionArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): ConnectionResult<UserActivity> | Promise<ConnectionResult<UserActivity>> {
    return ctx.loaders.reads.relation(user, info);
  }
}
