import type { EntityManager } from 'typeorm';
import { ConflictError, ForbiddenError } from '../../errors/app-error';
import { BadgeName } from '../badge/badge.entity';
import { awardBadges } from '../badge/badge.service';
import { findMentorshipFor, type Actor } from '../mentorship/mentorship.access';
import { Mentorship, MentorshipStatus } from '../mentorship/mentorship.entity';
import { cleanText } from '../../common/text';
import { MAX_MESSAGE_LENGTH } from './message.inputs';
import { Message } from './message.entity';

export interface Sender extends Actor {
  messagingDisabled: boolean;
}

/**
 * A member posts to an ACTIVE mentorship's thread. Non-members (admins included: threads are
 * private) get NOT_FOUND, a sender with messaging disabled FORBIDDEN, a mentorship that is not
 * ACTIVE CONFLICT. Awards FIRST_MESSAGE_SENT after the commit.
 */
export async function sendMessage(
  db: EntityManager,
  sender: Sender,
  mentorshipId: string,
  content: string,
): Promise<{ message: Message; mentorship: Mentorship }> {
  const text = cleanText(content, 'content', MAX_MESSAGE_LENGTH);
  const result = await db.transaction(async (manager) => {
    // FOR SHARE: a concurrent completion waits for this message, and a message cannot slip in after it.
    const mentorship = await findMentorshipFor(manager, sender, mentorshipId, {
      lock: 'pessimistic_read',
      membersOnly: true,
    });
    if (sender.messagingDisabled) throw new ForbiddenError('Messaging is disabled for your account');
    if (mentorship.status !== MentorshipStatus.ACTIVE) {
      throw new ConflictError('Messages can only be sent in an ACTIVE mentorship');
    }
    const message = await manager.save(
      manager.create(Message, {
        mentorshipId,
        senderId: sender.userId,
        content: text,
        sentAt: sender.now,
        readAt: null,
        createdAt: sender.now,
      }),
    );
    return { message, mentorship };
  });
  await awardBadges(db, sender.userId, [BadgeName.FIRST_MESSAGE_SENT]);
  return result;
}

/** Marks every unread message addressed to the actor in a mentorship read at `now` (members only). */
export async function markMessagesRead(
  db: EntityManager,
  actor: Actor,
  mentorshipId: string,
): Promise<{ mentorship: Mentorship; markedCount: number }> {
  const mentorship = await findMentorshipFor(db, actor, mentorshipId, { membersOnly: true });
  const result = await db
    .createQueryBuilder()
    .update(Message)
    .set({ readAt: actor.now })
    .where('mentorship_id = :mentorshipId AND sender_id <> :readerId AND read_at IS NULL', {
      mentorshipId,
      readerId: actor.userId,
    })
    .execute();
  return { mentorship, markedCount: result.affected ?? 0 };
}
