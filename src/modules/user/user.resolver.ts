import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Auth } from '../../auth/auth.decorator';
import { AuthRule } from '../../auth/rules';
import type { Context } from '../../app/context';
import { idOf } from '../../common/global-id';
import { effectiveRoles } from '../role/role.service';
import { Role, UserRole } from '../role/user-role.entity';
import { User } from './user.entity';

@Resolver(() => User)
export class UserResolver {
  @Auth(AuthRule.PUBLIC)
  @Query(() => User, { nullable: true, description: 'The signed-in user; null for anonymous callers.' })
  viewer(@Ctx() ctx: Context): User | null {
    return ctx.viewer;
  }

  @Auth(AuthRule.USER)
  @Query(() => User, { nullable: true })
  async user(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<User | null> {
    return ctx.loaders.userById.load(idOf('User', id));
  }

  @Auth(AuthRule.SELF_OR_ADMIN)
  @FieldResolver(() => [UserRole], { nullable: true, description: 'Every role window, past, present and future.' })
  async roles(@Root() user: User, @Ctx() ctx: Context): Promise<UserRole[]> {
    return ctx.loaders.rolesByUserId.load(user.id);
  }

  @FieldResolver(() => [Role], { description: 'Roles in effect now.' })
  async effectiveRoles(@Root() user: User, @Ctx() ctx: Context): Promise<Role[]> {
    return effectiveRoles(await ctx.loaders.rolesByUserId.load(user.id), ctx.now);
  }
}
