import type { EntityManager } from 'typeorm';
import type { Context } from '../../app/context';
import { isAdmin } from '../../auth/rules';
import { requireViewer } from '../../auth/viewer';
import { ForbiddenError, NotFoundError } from '../../errors/app-error';
import type { Role } from '../role/role';
import { Mentorship } from './mentorship.entity';

/** Who acts, with what roles, at what request time: what mentorship services need from the context. */
export interface Actor {
  userId: string;
  roles: readonly Role[];
  now: Date;
}

export const isMember = (m: Pick<Mentorship, 'mentorId' | 'menteeId'>, userId: string): boolean =>
  m.mentorId === userId || m.menteeId === userId;

/** Members see their mentorship; admins and owners see every mentorship. */
export const canSeeMentorship = (m: Pick<Mentorship, 'mentorId' | 'menteeId'>, actor: Actor): boolean =>
  isMember(m, actor.userId) || isAdmin(actor.roles);

export interface FindOptions {
  /** Lock the row until the transaction ends (FOR UPDATE / FOR SHARE). */
  lock?: 'pessimistic_write' | 'pessimistic_read';
  /** Admins who are not members get NOT_FOUND too (message threads are private to the members). */
  membersOnly?: boolean;
}

/** Loads a mentorship the actor may see; NOT_FOUND when it is absent or not theirs to see. */
export async function findMentorshipFor(
  manager: EntityManager,
  actor: Actor,
  id: string,
  options: FindOptions = {},
): Promise<Mentorship> {
  const qb = manager.getRepository(Mentorship).createQueryBuilder('m').where('m.id = :id', { id });
  if (options.lock) qb.setLock(options.lock);
  const mentorship = await qb.getOne();
  const visible =
    mentorship && (options.membersOnly ? isMember(mentorship, actor.userId) : canSeeMentorship(mentorship, actor));
  if (!mentorship || !visible) throw new NotFoundError('Mentorship');
  return mentorship;
}

/** FORBIDDEN unless the actor is a member (admins may look, but only members act). */
export function requireMember(m: Mentorship, actor: Actor): void {
  if (!isMember(m, actor.userId)) throw new ForbiddenError('Only the mentor and the mentee can do this');
}

/** The acting viewer of a request (UNAUTHENTICATED when anonymous). */
export function actorOf(ctx: Pick<Context, 'viewer' | 'roles' | 'now'>): Actor {
  return { userId: requireViewer(ctx).id, roles: ctx.roles, now: ctx.now };
}

/** Drops what this request's loaders cached about a mentorship a mutation just changed. */
export function forgetMentorship(ctx: Context, m: Mentorship): void {
  ctx.loaders.mentorshipById.clear(m.id).prime(m.id, m);
  ctx.loaders.notesByMentorshipId.clear(m.id);
  ctx.loaders.mentorshipPagesByUserId.clear(m.mentorId);
  ctx.loaders.mentorshipPagesByUserId.clear(m.menteeId);
  ctx.loaders.activeMenteeIdsOfMentor.clear(m.mentorId);
}
