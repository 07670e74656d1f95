import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, Info, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import type { Context } from '../../app/context';
import type { BusEvent } from '../../app/realtime/event-bus';
import { EventType, topics } from '../../app/realtime/events';
import { eventStream } from '../../app/realtime/stream';
import { requireActor } from '../../auth/actor';
import { Auth } from '../../auth/auth.decorator';
import { AuthRule } from '../../auth/rules';
import { Mentorship } from './mentorship.entity';

@Resolver(() => Mentorship)
export class MentorshipSubscriptionResolver {
  @Auth(AuthRule.USER)
  @Subscription(() => Mentorship, {
    subscribe: ({ context }: SubscribeResolverData<unknown, object, Context>): AsyncIterable<BusEvent> =>
      eventStream(context, {
        topic: topics.user(requireActor(context.actor).userId),
        types: [EventType.MENTORSHIP_UPDATED],
      }),
    description:
      'A mentorship of the viewer (either side) as it is after a change: requested, accepted, declined, completed, cancelled, a goal added.',
  })
  mentorshipUpdated(
    @Root() event: BusEvent,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Mentorship | null> {
    return ctx.loaders.reads.byId<Mentorship>(info, 'Mentorship', String(event.data.mentorshipId));
  }
}
