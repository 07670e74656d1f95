import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
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
import { listUsers, visibleUser } from './user-query.service';
import { User } from './user.entity';

@Resolver(() => User)
export class UserResolver {
  @Auth(AuthRule.PUBLIC)
  @Query(() => User, { nullable: true, description: 'The signed-in user; null for anonymous callers.' })
  async viewer(@Ctx() ctx: Context): Promise<User | null> {
    // Through the loader, not ctx.viewer: that row was read when the request began and goes stale
    // after a write earlier in the same operation (the runner empties the loaders after each write).
    return ctx.actor.userId === null ? null : ctx.loaders.userById.load(ctx.actor.userId);
  }

  @Auth(AuthRule.USER)
  @Query(() => User, {
    nullable: true,
    description: 'A user by id; NOT_FOUND when absent (or deleted, for non-admins).',
  })
  async user(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<User> {
    const user = visibleUser(await ctx.loaders.userById.load(idOf('User', id)), ctx.actor);
    if (!user) throw new NotFoundError('User');
    return user;
  }

  @Auth(AuthRule.ADMIN)
  @Query(() => UserConnection, { description: 'Every user (admin tool); DELETED users only when filtered by status.' })
  async users(@Args() args: UsersArgs, @Ctx() ctx: Context): Promise<ConnectionResult<User>> {
    return listUsers(ctx.db, ctx.actor, args, args.filter ?? {}, args.orderBy ?? UserOrder.CREATED_AT_DESC);
  }

  @Auth(AuthRule.SELF_OR_ADMIN)
  @FieldResolver(() => [UserRole], { nullable: true, description: 'Every role window, past, present and future.' })
  async roles(@Root() user: User, @Ctx() ctx: Context): Promise<UserRole[]> {
    return ctx.loaders.rolesByUserId.load(user.id);
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
