import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context';
import { Auth } from '../../auth/auth.decorator';
import { AuthRule } from '../../auth/rules';
import { idOf } from '../../common/global-id';
import { ConnectionArgs, connectionType, type ConnectionResult } from '../../common/pagination';
import { NotFoundError } from '../../errors/app-error';
import { UserActivity } from '../activity/user-activity.entity';
import { Task } from '../task/task.entity';
import { UserConnection } from '../user/user.connection';
import { User } from '../user/user.entity';
import { loadUser } from '../user/user.loading';
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
    @Arg('filter', () => VirtualClassFilter, { nullable: true }) filter: VirtualClassFilter | null,
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

  @FieldResolver(() => Date)
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
    return cls.taskId ? ctx.loaders.reads.relation(cls, info) : null;
  }

  @FieldResolver(() => UserConnection, { description: 'Members, host first, then in the order they joined.' })
  async participants(
    @Root() cls: VirtualClass,
    @Args() args: ConnectionArgs,
    @Ctx() ctx: Context,
  ): Promise<ConnectionResult<User>> {
    // Both loads are batched across the classes of a list: a page of classes costs as many statements as one.
    const page = await ctx.loaders.activityPagesByClassId.load(cls.id, args);
    const nodes = await Promise.all(page.nodes.map((a) => loadUser(ctx, a.userId)));
    return {
      edges: page.edges.map((edge, i) => ({ cursor: edge.cursor, node: nodes[i] })),
      nodes,
      pageInfo: page.pageInfo,
      // participantCount is kept by the same statements that add or remove a membership.
      totalCount: Promise.resolve(cls.participantCount),
    };
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
