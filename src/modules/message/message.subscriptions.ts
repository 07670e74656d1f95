import { Arg, Ctx, ID, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import type { Context } from '../../app/context';
import type { BusEvent } from '../../app/realtime/event-bus';
import { EventType, rowData, topics } from '../../app/realtime/events';
import { revive } from '../../app/realtime/revive';
import { eventStream } from '../../app/realtime/stream';
import { requireActor } from '../../auth/actor';
import { Auth } from '../../auth/auth.decorator';
import { AuthRule } from '../../auth/rules';
import { idOf } from '../../common/global-id';
import { MAX_PAGE_SIZE } from '../../common/pagination';
import { NotFoundError } from '../../errors/app-error';
import { findMentorshipFor } from '../mentorship/mentorship.access';
import { Message } from './message.entity';

interface MessageAddedArgs {
  mentorshipId: string;
  afterMessage?: string | null;
}

/** The thread's messages sent after `afterId`, oldest first, read page by page. */
async function* messagesAfter(ctx: Context, mentorshipId: string, afterId: string): AsyncGenerator<BusEvent> {
  const after = await ctx.db.findOneBy(Message, { id: afterId, mentorshipId });
  if (!after) throw new NotFoundError('Message');
  let cursor = { sentAt: after.sentAt, id: after.id };
  for (;;) {
    const page = await ctx.db
      .getRepository(Message)
      .createQueryBuilder('m')
      .where('m.mentorshipId = :mentorshipId', { mentorshipId })
      .andWhere('(m.sentAt, m.id) > (:sentAt, :id)', cursor)
      .orderBy('m.sentAt', 'ASC')
      .addOrderBy('m.id', 'ASC')
      .take(MAX_PAGE_SIZE)
      .getMany();
    for (const message of page)
      yield { id: `replay:${message.id}`, type: EventType.MESSAGE_ADDED, data: rowData(message) };
    if (page.length < MAX_PAGE_SIZE) return;
    const last = page[page.length - 1];
    cursor = { sentAt: last.sentAt, id: last.id };
  }
}

/** Checks membership before anything is listened to: non-members (admins included) get NOT_FOUND. */
async function messageEvents({
  args,
  context,
}: SubscribeResolverData<unknown, MessageAddedArgs, Context>): Promise<AsyncIterable<BusEvent>> {
  const mentorshipId = idOf('Mentorship', args.mentorshipId, 'mentorshipId');
  const afterId = args.afterMessage ? idOf('Message', args.afterMessage, 'afterMessage') : null;
  await findMentorshipFor(context.db, requireActor(context.actor), mentorshipId, { membersOnly: true });
  return eventStream(context, {
    topic: topics.mentorship(mentorshipId),
    types: [EventType.MESSAGE_ADDED],
    mentorshipId,
    // A replayed message and its live event are one message.
    key: (event) => String(event.data.id),
    replay: afterId ? () => messagesAfter(context, mentorshipId, afterId) : undefined,
  });
}

@Resolver(() => Message)
export class MessageSubscriptionResolver {
  @Auth(AuthRule.USER)
  @Subscription(() => Message, {
    subscribe: messageEvents,
    description:
      "Each new message of a mentorship's thread, in the order sent; for its two members only (others get NOT_FOUND), and it ends when the subscriber is no longer allowed. With `afterMessage`, the messages sent after that one come first, so a client that reconnects misses nothing.",
  })
  messageAdded(
    @Root() event: BusEvent,
    @Arg('mentorshipId', () => ID, { description: 'The mentorship whose thread to follow.' }) _mentorshipId: string,
    @Arg('afterMessage', () => ID, {
      nullable: true,
      description: 'The last message the client has: the ones sent after it are delivered first.',
    })
    _afterMessage: string | null,
    @Ctx() ctx: Context,
  ): Message {
    return revive(ctx.deps.database.dataSource, Message, event.data);
  }
}
