import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context';
import { Auth } from '../../auth/auth.decorator';
import { AuthRule } from '../../auth/rules';
import { idOf } from '../../common/global-id';
import { ConnectionArgs, connectionType, type ConnectionResult } from '../../common/pagination';
import { UserActivity } from '../activity/user-activity.entity';
import { Task } from '../task/task.entity';
import { UserConnection } from '../user/user.connection';
import { User } from '../user/user.entity';
import { ClassStatus, VirtualClass } from './virtual-class.entity';
import { VirtualClassFilter } from './virtual-class.inputs';
import { classList } from './virtual-class.queries';

export const VirtualClassConnection = connectionType(VirtualClass);

@Resolver(() => VirtualClass)
export class VirtualClassResolver {
  @Auth(AuthRule.USER)
  @Query(() => VirtualClassConnection, { description: 'Classes by start time (earliest first).' })
  async virtualClasses(
    @Args() args: ConnectionArgs,
    @Arg('filter', () => VirtualClassFilter, { nullable: true, description: 'Conditions the classes must meet.' })
    filter: VirtualClassFilter | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionResult<VirtualClass>> {
    const hostId = filter?.hostId ? idOf('User', filter.hostId, 'hostId') : null;
    return ctx.loaders.reads.page(
      info,
      'VirtualClass',
      classList(ctx.db, ctx.actor, filter && { ...filter, hostId }),
      args,
    );
  }

  @FieldResolver(() => ClassStatus, { description: 'PENDING: scheduled, ended, activity not uploaded yet.' })
  status(@Root() cls: VirtualClass, @Ctx() ctx: Context): ClassStatus {
    return cls.statusAt(ctx.actor.now);
  }

  @FieldResolver(() => Date, { description: 'When the class ends: startsAt plus durationMinutes.' })
  endsAt(@Root() cls: VirtualClass): Date {
    return cls.endsAt;
  }

  @FieldResolver(() => Int, { description: 'Members now, host included.' })
  currentParticipants(@Root() cls: VirtualClass): number {
    return cls.participantCount;
  }

  @FieldResolver(() => User, { description: 'Who booked the class.' })
  host(@Root() cls: VirtualClass, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): User | Promise<User> {
    return ctx.loaders.reads.required(cls, info, 'Host');
  }

  @FieldResolver(() => Task, { nullable: true, description: 'The activity assigned when the class was completed.' })
  task(
    @Root() cls: VirtualClass,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Task | null | Promise<Task | null> {
    return ctx.loaders.reads.relation(cls, info);
  }

  @FieldResolver(() => UserConnection, { description: 'Members, host first, then in the order they joined.' })
  participants(
    @Root() cls: VirtualClass,
    @Args({ validate: false }) _args: ConnectionArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): ConnectionResult<User> | Promise<ConnectionResult<User>> {
    return ctx.loaders.reads.relation(cls, info);
  }

  @FieldResolver(() => UserActivity, {
    nullable: true,
    description: "The viewer's membership; null when not a member.",
  })
  viewerActivity(
    @Root() cls: VirtualClass,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): UserActivity | null | Promise<UserActivity | null> {
    if (!ctx.viewer) return null;
    return ctx.loaders.reads.relation(cls, info);
  }
}
