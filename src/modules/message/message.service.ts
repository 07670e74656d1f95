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
  // FOR SHARE: a concurrent completion waits for this message, and a message cannot slip in after it.
  const mentorship = await findMentorshipFor(tx, actor, mentorshipId, { lock: 'pessimistic_read', membersOnly: true });
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
      sentAt: actor.now,
      readAt: null,
      createdAt: actor.now,
    }),
  );
  return done(message, award(actor.userId, BadgeName.FIRST_MESSAGE_SENT));
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
  return done({ mentorship, markedCount: result.affected ?? 0 });
}

/** sendMessage, safe to retry with a clientMutationId. */
export const sendMessageOnce = idempotent(replayById('sendMessage', Message), sendMessage);
