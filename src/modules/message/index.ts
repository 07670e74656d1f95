import type { FeatureModule } from '../../app/feature-module';
import { messageReads } from './message.reads';
import type { NodeFetchers } from '../../app/node-fetchers';
import { requireActor } from '../../auth/actor';
import { isMember } from '../mentorship/mentorship.access';
import { MentorshipMessagesResolver, UserMessagesResolver } from './message-fields.resolver';
import { MessageResolver } from './message.resolver';
import { createMessageLoaders } from './message.loaders';
import { Message } from './message.entity';
import { MessageReason } from './message.reasons';
import { MessageSubscriptionResolver } from './message.subscriptions';

const resolvers: Function[] = [
  MessageSubscriptionResolver,
  MessageResolver,
  MentorshipMessagesResolver,
  UserMessagesResolver,
];

/** How this module's Node types are fetched by `node(id)`: a message is visible to the two members only. */
const nodes: NodeFetchers = {
  Message: async (ctx, id) => {
    const message = await ctx.loaders.messageById.load(id);
    const m = message && (await ctx.loaders.mentorshipById.load(message.mentorshipId));
    return message && m && isMember(m, requireActor(ctx.actor).userId) ? message : null;
  },
};

/** The message feature: everything it adds to the application. */
export const messageModule = {
  name: 'message',
  resolvers,
  nodes,
  loaders: createMessageLoaders,
  reads: messageReads,
  entities: [Message],
  reasons: MessageReason,
} satisfies FeatureModule;
