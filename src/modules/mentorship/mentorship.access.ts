import type { EntityManager } from 'typeorm';
import type { Caller } from '../../auth/actor';
import { isAdmin } from '../../auth/rules';
import { ForbiddenError, NotFoundError } from '../../errors/app-error';
import { Mentorship } from './mentorship.entity';
import { MentorshipReason } from './mentorship.reasons';

export const isMember = (m: Pick<Mentorship, 'mentorId' | 'menteeId'>, userId: string | null): boolean =>
  userId !== null && (m.mentorId === userId || m.menteeId === userId);

/** Members see their mentorship; admins and owners see every mentorship. */
export const canSeeMentorship = (m: Pick<Mentorship, 'mentorId' | 'menteeId'>, caller: Caller): boolean =>
  isMember(m, caller.userId) || isAdmin(caller.roles);

export interface FindOptions {
  /** Lock the row until the transaction ends (FOR UPDATE / FOR SHARE). */
  lock?: 'pessimistic_write' | 'pessimistic_read';
  /** Admins who are not members get NOT_FOUND too (message threads are private to the members). */
  membersOnly?: boolean;
}

/** Loads a mentorship the caller may see; NOT_FOUND when it is absent or not theirs to see. */
export async function findMentorshipFor(
  tx: EntityManager,
  caller: Caller,
  id: string,
  options: FindOptions = {},
): Promise<Mentorship> {
  const qb = tx.getRepository(Mentorship).createQueryBuilder('m').where('m.id = :id', { id });
  if (options.lock) qb.setLock(options.lock);
  const mentorship = await qb.getOne();
  const visible =
    mentorship && (options.membersOnly ? isMember(mentorship, caller.userId) : canSeeMentorship(mentorship, caller));
  if (!mentorship || !visible) throw new NotFoundError('Mentorship');
  return mentorship;
}

/** FORBIDDEN unless the caller is a member (admins may look, but only members act). */
export function requireMember(m: Mentorship, caller: Caller): void {
  if (!isMember(m, caller.userId)) {
    throw new ForbiddenError(MentorshipReason.NOT_A_MEMBER, 'Only the mentor and the mentee can do this');
  }
}
