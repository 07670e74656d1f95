import type { GraphQLResolveInfo } from 'graphql';
import { URLResolver } from 'graphql-scalars';
import { Ctx, Field, FieldResolver, Info, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context';
import { run } from '../../app/runner';
import { Auth } from '../../auth/auth.decorator';
import { AuthRule } from '../../auth/rules';
import { requireViewer } from '../../auth/viewer';
import { User } from '../user/user.entity';
import { FEED_MAX_EVENTS, FEED_PAST_DAYS, rotateIcsFeed } from './ics-feed.service';
import { feedUrl, issueFeedToken, unsealFeedToken } from './ics-feed.token';

@ObjectType({ description: 'The result of rotateIcsFeedUrl.' })
export class RotateIcsFeedUrlPayload {
  @Field(() => URLResolver, { description: "The caller's new calendar feed address; the previous one answers 404." })
  icsFeedUrl!: string;

  @Field(() => User, { description: 'The caller, whose icsFeedUrl is the new address (for client caches).' })
  viewer!: User;
}

const FEED_CONTENTS =
  `an iCalendar feed of the classes this user hosts or joined that started in the last ${FEED_PAST_DAYS} days ` +
  `or start later (at most ${FEED_MAX_EVENTS}, the earliest first), cancelled ones marked STATUS:CANCELLED`;

@Resolver(() => User)
export class IcsFeedResolver {
  @Auth(AuthRule.SELF)
  @FieldResolver(() => URLResolver, {
    nullable: true,
    description:
      `The secret address of ${FEED_CONTENTS}, for calendar apps to subscribe to. Whoever has it can read ` +
      'the feed, so it is shown to its owner only; rotateIcsFeedUrl replaces it. Null until ' +
      'rotateIcsFeedUrl issues the first one (or when it can no longer be shown: rotate again).',
  })
  async icsFeedUrl(@Root() user: User, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<string | null> {
    const sealed = await ctx.loaders.reads.relation<string | null>(user, info);
    if (sealed === null) return null;
    const token = unsealFeedToken(ctx.deps.env, sealed);
    // Sealed under an earlier TOKEN_ENCRYPTION_KEY: that address still works until rotated but cannot be
    // shown, so the field reads null and the log says why.
    if (token === null) ctx.deps.logger.warn({ userId: user.id }, 'calendar feed token cannot be unsealed');
    return token === null ? null : feedUrl(ctx.deps.env, token);
  }

  @Auth(AuthRule.USER)
  @Mutation(() => RotateIcsFeedUrlPayload, {
    description:
      "Issues a new secret address for the caller's calendar feed (`User.icsFeedUrl`), the first one or a " +
      'replacement: the previous address answers 404 from then on.',
  })
  async rotateIcsFeedUrl(@Ctx() ctx: Context): Promise<RotateIcsFeedUrlPayload> {
    // Made here, outside the use case: only its hash and sealed copy go to the database.
    const issued = issueFeedToken(ctx.deps.env);
    await run(ctx, rotateIcsFeed, { tokenHash: issued.hash, tokenSealed: issued.sealed });
    return { icsFeedUrl: feedUrl(ctx.deps.env, issued.token), viewer: requireViewer(ctx) };
  }
}
