import type { EntityManager } from 'typeorm';
import type { Actor } from '../../auth/actor';
import { done, type Outcome } from '../../common/outcome';
import { cleanText } from '../../common/text';
import { ConflictError, ForbiddenError } from '../../errors/app-error';
import { award } from '../badge/badge.effects';
import { BadgeName } from '../badge/badge.entity';
import { findMentorshipFor } from '../mentorship/mentorship.access';
import { MentorshipStatus, type Mentorship } from '../mentorship/mentorship.entity';
import { User } from '../user/user.entity';
import { MAX_MESSAGE_LENGTH } from './message.inputs';
import { Message } from './message.entity';
import { MessageReason } from './message.reasons';
import { idempotent, replayById } from '../../app/idempotency/idempotency';
import { EventType, publish, rowData, topics, unreadCountsChanged } from '../../app/realtime/events';

export interface SendMessageCommand {
  mentorshipId: string;
  content: string;
}

/**
 * A member posts to an ACTIVE mentorship's thread. Non-members (admins included: threads are
 * private) get NOT_FOUND, a sender with messaging disabled FORBIDDEN, a mentorship that is not
 * ACTIVE CONFLICT. FIRST_MESSAGE_SENT is awarded as an effect once the message is committed.
 */
export async function sendMessage(
  tx: EntityManager,
  actor: Actor,
  { mentorshipId, content }: SendMessageCommand,
): Promise<Outcome<Message>> {
  const text = cleanText(content, 'content', MAX_MESSAGE_LENGTH);
  // FOR UPDATE: the thread's writers take turns, so messages commit (and their events are published)
  // in the order of their sentAt; a concurrent completion waits, and no message slips in after it.
  const mentorship = await findMentorshipFor(tx, actor, mentorshipId, { lock: 'pessimistic_write', membersOnly: true });
  // Read in this transaction, not from the token: an admin may have disabled messaging since.
  const sender = await tx.findOneByOrFail(User, { id: actor.userId });
  if (sender.messagingDisabled) {
    throw new ForbiddenError(MessageReason.MESSAGING_DISABLED, 'Messaging is disabled for your account');
  }
  if (mentorship.status !== MentorshipStatus.ACTIVE) {
    throw new ConflictError(MessageReason.MENTORSHIP_NOT_ACTIVE, 'Messages can only be sent in an ACTIVE mentorship');
  }
  const message = await tx.save(
    tx.create(Message, {
      mentorshipId,
      senderId: actor.userId,
      content: text,
      sentAt: await nextSentAt(tx, mentorshipId, actor.now),
      readAt: null,
      createdAt: actor.now,
    }),
  );
  const recipientId = mentorship.mentorId === actor.userId ? mentorship.menteeId : mentorship.mentorId;
  const thread = topics.mentorship(mentorshipId);
  return done(
    message,
    award(actor.userId, BadgeName.FIRST_MESSAGE_SENT),
    publish(
      thread,
      { topic: thread, type: EventType.MESSAGE_ADDED, data: rowData(message) },
      unreadCountsChanged(recipientId),
    ),
  );
}

/**
 * A new message's sentAt: the request's time, or 1 ms after the thread's last message when that is
 * later (requests that waited for the thread's lock), so the thread's order is the order of commits
 * and of the events subscribers receive.
 */
async function nextSentAt(tx: EntityManager, mentorshipId: string, now: Date): Promise<Date> {
  const rows: Array<{ last: Date | null }> = await tx.query(
    `SELECT max("sent_at") AS "last" FROM "messages" WHERE "mentorship_id" = $1`,
    [mentorshipId],
  );
  const last = rows[0]?.last;
  return last && last.getTime() >= now.getTime() ? new Date(last.getTime() + 1) : now;
}

/** Marks every unread message addressed to the actor in a mentorship read at `now` (members only). */
export async function markMessagesRead(
  tx: EntityManager,
  actor: Actor,
  { mentorshipId }: { mentorshipId: string },
): Promise<Outcome<{ mentorship: Mentorship; markedCount: number }>> {
  const mentorship = await findMentorshipFor(tx, actor, mentorshipId, { membersOnly: true });
  const result = await tx
    .createQueryBuilder()
    .update(Message)
    .set({ readAt: actor.now })
    .where('mentorship_id = :mentorshipId AND sender_id <> :readerId AND read_at IS NULL', {
      mentorshipId,
      readerId: actor.userId,
    })
    .execute();
  const markedCount = result.affected ?? 0;
  return done({ mentorship, markedCount }, markedCount > 0 ? [publish(null, unreadCountsChanged(actor.userId))] : []);
}

/** sendMessage, safe to retry with a clientMutationId. */
export const sendMessageOnce = idempotent(replayById('sendMessage', Message), sendMessage);
