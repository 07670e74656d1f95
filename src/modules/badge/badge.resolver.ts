import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context';
import { run } from '../../app/runner';
import { Auth } from '../../auth/auth.decorator';
import { AuthRule } from '../../auth/rules';
import { User } from '../user/user.entity';
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
  async updateBadge(
    @Arg('input', { description: 'The badge and its new texts.' }) input: UpdateBadgeInput,
    @Ctx() ctx: Context,
  ): Promise<UpdateBadgePayload> {
    const { name, title, description, howToEarn } = input;
    return { badge: await run(ctx, updateBadge, { name, title, description, howToEarn }) };
  }
}

@Resolver(() => EarnedBadge)
export class EarnedBadgeResolver {
  @FieldResolver(() => Badge, { description: 'The catalog badge.' })
  badge(@Root() earned: EarnedBadge, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Badge | Promise<Badge> {
    return ctx.loaders.reads.required(earned, info, 'Badge');
  }

  @FieldResolver(() => User, { description: 'Who earned it.' })
  user(@Root() earned: EarnedBadge, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): User | Promise<User> {
    return ctx.loaders.reads.required(earned, info, 'User');
  }
}
