import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, Info, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import type { Context } from '../../app/context';
import type { BusEvent } from '../../app/realtime/event-bus';
import { EventType, topics } from '../../app/realtime/events';
import { revive } from '../../app/realtime/revive';
import { eventStream } from '../../app/realtime/stream';
import { requireActor } from '../../auth/actor';
import { Auth } from '../../auth/auth.decorator';
import { AuthRule } from '../../auth/rules';
import { User } from '../user/user.entity';
import { Notification } from './notification.entity';

/** The viewer's own events of one kind. */
const viewerEvents =
  (type: EventType) =>
  ({ context }: SubscribeResolverData<unknown, object, Context>): AsyncIterable<BusEvent> =>
    eventStream(context, { topic: topics.user(requireActor(context.actor).userId), types: [type] });

@Resolver()
export class NotificationSubscriptionResolver {
  @Auth(AuthRule.USER)
  @Subscription(() => Notification, {
    subscribe: viewerEvents(EventType.NOTIFICATION_ADDED),
    description: 'Each new notification of the viewer, once it is stored (it is in `notifications` too).',
  })
  notificationAdded(@Root() event: BusEvent, @Ctx() ctx: Context): Notification {
    return revive(ctx.deps.database.dataSource, Notification, event.data);
  }

  @Auth(AuthRule.USER)
  @Subscription(() => User, {
    subscribe: viewerEvents(EventType.UNREAD_COUNTS_CHANGED),
    description:
      'The viewer, whenever the number of their unread messages or notifications changes (a message or notification arrives, or some are marked read): select the counts a badge shows.',
  })
  unreadCountsChanged(
    @Root() _event: BusEvent,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<User | null> {
    return ctx.loaders.reads.byId<User>(info, 'User', requireActor(ctx.actor).userId);
  }
}
