import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { Auth } from '../../auth/auth.decorator';
import { AuthRule } from '../../auth/rules';
import type { Context } from '../../app/context';
import { idOf } from '../../common/global-id';
import type { ConnectionResult } from '../../common/pagination';
import { NotFoundError } from '../../errors/app-error';
import { effectiveRoles } from '../role/role.service';
import { Role } from '../role/role';
import { UserRole } from '../role/user-role.entity';
import { Skill } from '../skill/skill.entity';
import { UserConnection } from './user.connection';
import { UserOrder, UsersArgs } from './user-query.inputs';
import { userListQuery, userSortKeys, visibleUser } from './user-query.service';
import { User } from './user.entity';

@Resolver(() => User)
export class UserResolver {
  @Auth(AuthRule.PUBLIC)
  @Query(() => User, { nullable: true, description: 'The signed-in user; null for anonymous callers.' })
  async viewer(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<User | null> {
    // Read again, not ctx.viewer: that row was read when the request began and goes stale after a
    // write earlier in the same operation (the runner empties the request's reads after each write).
    return ctx.actor.userId === null ? null : ctx.loaders.reads.byId(info, 'User', ctx.actor.userId);
  }

  @Auth(AuthRule.USER)
  @Query(() => User, {
    nullable: true,
    description: 'A user by id; NOT_FOUND when absent (or deleted, for non-admins).',
  })
  async user(
    @Arg('id', () => ID, { description: "The user's global id." }) id: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<User> {
    const user = visibleUser(await ctx.loaders.reads.byId<User>(info, 'User', idOf('User', id)), ctx.actor);
    if (!user) throw new NotFoundError('User');
    return user;
  }

  @Auth(AuthRule.ADMIN)
  @Query(() => UserConnection, { description: 'Every user (admin tool); DELETED users only when filtered by status.' })
  async users(
    @Args() args: UsersArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionResult<User>> {
    const list = {
      qb: userListQuery(ctx.db, args.filter ?? {}, ctx.actor.now),
      keys: userSortKeys(args.orderBy ?? UserOrder.CREATED_AT_DESC),
    };
    return ctx.loaders.reads.page(info, 'User', list, args);
  }

  @Auth(AuthRule.SELF_OR_ADMIN)
  @FieldResolver(() => [UserRole], { description: 'Every role window, past, present and future.' })
  roles(@Root() user: User, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): UserRole[] | Promise<UserRole[]> {
    return ctx.loaders.reads.relation(user, info);
  }

  @FieldResolver(() => [Role], { description: 'Roles in effect now.' })
  async effectiveRoles(@Root() user: User, @Ctx() ctx: Context): Promise<Role[]> {
    return effectiveRoles(await ctx.loaders.rolesByUserId.load(user.id), ctx.actor.now);
  }

  @FieldResolver(() => [Skill], { description: 'Skills this user mentors in (public card).' })
  async mentorSkills(@Root() user: User, @Ctx() ctx: Context): Promise<Skill[]> {
    return ctx.loaders.mentorSkillsByUserId.load(user.id);
  }

  @FieldResolver(() => [Skill], { description: 'Skills this user wants to learn (public card).' })
  async menteeSkills(@Root() user: User, @Ctx() ctx: Context): Promise<Skill[]> {
    return ctx.loaders.menteeSkillsByUserId.load(user.id);
  }
}
