import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context';
import { run } from '../../app/runner';
import { Auth } from '../../auth/auth.decorator';
import { AuthRule } from '../../auth/rules';
import { NotFoundError } from '../../errors/app-error';
import { User } from '../user/user.entity';
import { loadUser } from '../user/user.loading';
import { Badge } from './badge.entity';
import { UpdateBadgeInput, UpdateBadgePayload } from './badge.inputs';
import { CATALOG } from './badge.loaders';
import { updateBadge } from './badge.service';
import { EarnedBadge } from './earned-badge.entity';

@Resolver(() => Badge)
export class BadgeResolver {
  @Auth(AuthRule.USER)
  @Query(() => [Badge], { description: 'The badge catalog, in product order.' })
  async badges(@Ctx() ctx: Context): Promise<Badge[]> {
    return ctx.loaders.badgeCatalog.load(CATALOG);
  }

  @Auth(AuthRule.ADMIN)
  @Mutation(() => UpdateBadgePayload, {
    description: "Edits a catalog badge's title, description or how-to-earn text.",
  })
  async updateBadge(@Arg('input') input: UpdateBadgeInput, @Ctx() ctx: Context): Promise<UpdateBadgePayload> {
    const { name, title, description, howToEarn } = input;
    return { badge: await run(ctx, updateBadge, { name, title, description, howToEarn }) };
  }
}

@Resolver(() => EarnedBadge)
export class EarnedBadgeResolver {
  @FieldResolver(() => Badge)
  async badge(@Root() earned: EarnedBadge, @Ctx() ctx: Context): Promise<Badge> {
    const badge = await ctx.loaders.badgeById.load(earned.badgeId);
    if (!badge) throw new NotFoundError('Badge');
    return badge;
  }

  @FieldResolver(() => User)
  async user(@Root() earned: EarnedBadge, @Ctx() ctx: Context): Promise<User> {
    return loadUser(ctx, earned.userId);
  }
}
