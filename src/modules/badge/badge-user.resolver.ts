import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context';
import { Auth } from '../../auth/auth.decorator';
import { AuthRule } from '../../auth/rules';
import { User } from '../user/user.entity';
import { Badge } from './badge.entity';
import { BadgeProgress } from './badge.inputs';
import { CATALOG } from './badge.loaders';
import { lockedBadges } from './badge.service';
import { EarnedBadge } from './earned-badge.entity';

/** Badges on the User type: earned badges are on the public card, the locked list is the user's own. */
@Resolver(() => User)
export class BadgeUserResolver {
  @Auth(AuthRule.USER)
  @FieldResolver(() => [EarnedBadge], { description: 'Badges this user earned, in the order earned.' })
  earnedBadges(
    @Root() user: User,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): EarnedBadge[] | Promise<EarnedBadge[]> {
    return ctx.loaders.reads.relation(user, info);
  }

  @Auth(AuthRule.SELF_OR_ADMIN)
  @FieldResolver(() => [Badge], { description: 'Catalog badges this user has not earned yet.' })
  async lockedBadges(@Root() user: User, @Ctx() ctx: Context): Promise<Badge[]> {
    const [catalog, earned] = await Promise.all([
      ctx.loaders.badgeCatalog.load(CATALOG),
      ctx.loaders.earnedBadgesByUserId.load(user.id),
    ]);
    return lockedBadges(catalog, earned);
  }

  @Auth(AuthRule.USER)
  @FieldResolver(() => BadgeProgress, { description: 'Badges earned out of the catalog total.' })
  badgeProgress(
    @Root() user: User,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): BadgeProgress | Promise<BadgeProgress> {
    return ctx.loaders.reads.relation(user, info);
  }
}
