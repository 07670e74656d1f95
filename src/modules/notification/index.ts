import type { FeatureModule } from '../../app/feature-module';
import { notificationReads } from './notification.reads';
import type { NodeFetchers } from '../../app/node-fetchers';
import { NotificationResolver, NotificationUserResolver } from './notification.resolver';
import { createNotificationLoaders } from './notification.loaders';
import { Notification } from './notification.entity';
import { NotificationSubscriptionResolver } from './notification.subscriptions';

const resolvers: Function[] = [NotificationSubscriptionResolver, NotificationResolver, NotificationUserResolver];

/** How this module's Node types are fetched by `node(id)`: a notification is visible to its recipient only. */
const nodes: NodeFetchers = {
  Notification: async (ctx, id) => {
    const notification = await ctx.loaders.notificationById.load(id);
    return notification && notification.recipientId === ctx.viewer?.id ? notification : null;
  },
};

/** The notification feature: everything it adds to the application. */
export const notificationModule = {
  name: 'notification',
  resolvers,
  nodes,
  loaders: createNotificationLoaders,
  reads: notificationReads,
  entities: [Notification],
} satisfies FeatureModule;
