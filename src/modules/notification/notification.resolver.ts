import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';

import type { Context } from '../../app/context';

import { run } from '../../app/runner';

import { requireViewer } from '../../auth/viewer';

import { Auth } from '../../auth/auth.decorator';

import { AuthRule } from '../../auth/rules';

import { idOf } from '../../common/global-id';

import { connectionType, type ConnectionResult } from '../../common/pagination';

import { User } from '../user/user.entity';
import { loadUser } from '../user/user.loading';

import { detailsOf, NotificationDetails } from './notification.details';

import { Notification } from './notification.entity';

import { MarkNotificationsReadInput, MarkNotificationsReadPayload, NotificationsArgs } from './notification.inputs';

import { listNotifications, markNotificationsRead } from './notification.service';

export const NotificationConnection = connectionType(Notification);

@Resolver(() => Notification)
export class NotificationResolver {
  @Auth(AuthRule.USER)
  @Query(() => NotificationConnection, { description: "The viewer's notifications, newest first." })
  async notifications(@Args() args: NotificationsArgs, @Ctx() ctx: Context): Promise<ConnectionResult<Notification>> {
    return listNotifications(ctx.db, ctx.actor, args, args.unreadOnly ?? false);
  }

  @Auth(AuthRule.USER)
  @Mutation(() => MarkNotificationsReadPayload, {
    description: 'Marks the given notifications of the viewer read, or all of them when ids is absent.',
  })
  async markNotificationsRead(
    @Arg('input', { description: 'Which notifications to mark read.' }) input: MarkNotificationsReadInput,
    @Ctx() ctx: Context,
  ): Promise<MarkNotificationsReadPayload> {
    const ids = input.ids ? input.ids.map((id) => idOf('Notification', id, 'ids')) : null;
    const markedCount = await run(ctx, markNotificationsRead, { ids });
    // Its counts are read after the run (the loaders start empty), so they are the committed ones.
    return { markedCount, viewer: requireViewer(ctx) };
  }

  @FieldResolver(() => NotificationDetails, { description: 'The payload, typed by kind.' })
  details(@Root() notification: Notification): typeof NotificationDetails {
    return detailsOf(notification);
  }

  @FieldResolver(() => User, { description: 'Who the notification is for.' })
  async recipient(@Root() notification: Notification, @Ctx() ctx: Context): Promise<User> {
    return loadUser(ctx, notification.recipientId);
  }
}

@Resolver(() => User)
export class NotificationUserResolver {
  @Auth(AuthRule.SELF_OR_ADMIN)
  @FieldResolver(() => Int, { description: 'Notifications this user has not read yet.' })
  unreadNotificationCount(
    @Root() user: User,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): number | Promise<number> {
    return ctx.loaders.reads.relation(user, info);
  }
}
