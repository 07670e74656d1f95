import type { NodeFetchers } from '../../app/node-fetchers';
import { NotificationResolver, NotificationUserResolver } from './notification.resolver';

/** The resolvers this module adds to the schema. */
export const notificationResolvers: Function[] = [NotificationResolver, NotificationUserResolver];

/** How this module's Node types are fetched by `node(id)`: a notification is visible to its recipient only. */
export const notificationNodes: NodeFetchers = {
  Notification: async (ctx, id) => {
    const notification = await ctx.loaders.notificationById.load(id);
    return notification && notification.recipientId === ctx.viewer?.id ? notification : null;
  },
};
