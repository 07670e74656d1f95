import { Arg, Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context';
import { Auth } from '../../auth/auth.decorator';
import { AuthRule } from '../../auth/rules';
import { ConnectionArgs, connectionType, type ConnectionResult } from '../../common/pagination';
import { NotFoundError } from '../../errors/app-error';
import { UserActivity } from '../activity/user-activity.entity';
import { Task } from '../task/task.entity';
import { UserConnection } from '../user/user.connection';
import { User } from '../user/user.entity';
import { ClassStatus, VirtualClass } from './virtual-class.entity';
import { VirtualClassFilter } from './virtual-class.inputs';
import { classParticipants, listClasses } from './virtual-class.service';

export const VirtualClassConnection = connectionType(VirtualClass);

@Resolver(() => VirtualClass)
export class VirtualClassResolver {
  @Auth(AuthRule.USER)
  @Query(() => VirtualClassConnection, { description: 'Classes by start time (earliest first).' })
  async virtualClasses(
    @Args() args: ConnectionArgs,
    @Arg('filter', () => VirtualClassFilter, { nullable: true }) filter: VirtualClassFilter | null,
    @Ctx() ctx: Context,
  ): Promise<ConnectionResult<VirtualClass>> {
    return listClasses(ctx, args, filter);
  }

  @FieldResolver(() => ClassStatus, { description: 'PENDING: scheduled, ended, activity not uploaded yet.' })
  status(@Root() cls: VirtualClass, @Ctx() ctx: Context): ClassStatus {
    return cls.statusAt(ctx.actor.now);
  }

  @FieldResolver(() => Date)
  endsAt(@Root() cls: VirtualClass): Date {
    return cls.endsAt;
  }

  @FieldResolver(() => Int, { description: 'Members now, host included.' })
  currentParticipants(@Root() cls: VirtualClass): number {
    return cls.participantCount;
  }

  @FieldResolver(() => User, { description: 'Who booked the class.' })
  async host(@Root() cls: VirtualClass, @Ctx() ctx: Context): Promise<User> {
    const user = await ctx.loaders.userById.load(cls.hostId);
    if (!user) throw new NotFoundError('Host');
    return user;
  }

  @FieldResolver(() => Task, { nullable: true, description: 'The activity assigned when the class was completed.' })
  async task(@Root() cls: VirtualClass, @Ctx() ctx: Context): Promise<Task | null> {
    return cls.taskId ? ctx.loaders.taskById.load(cls.taskId) : null;
  }

  @FieldResolver(() => UserConnection, { description: 'Members, host first, then in the order they joined.' })
  async participants(
    @Root() cls: VirtualClass,
    @Args() args: ConnectionArgs,
    @Ctx() ctx: Context,
  ): Promise<ConnectionResult<User>> {
    return classParticipants(ctx, cls, args);
  }

  @FieldResolver(() => UserActivity, {
    nullable: true,
    description: "The viewer's membership; null when not a member.",
  })
  async viewerActivity(@Root() cls: VirtualClass, @Ctx() ctx: Context): Promise<UserActivity | null> {
    if (!ctx.viewer) return null;
    return ctx.loaders.activityByUserAndClass.load({ userId: ctx.viewer.id, classId: cls.id });
  }
}
