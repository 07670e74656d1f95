import type { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { Actor } from '../../auth/actor';
import { done, type Outcome } from '../../common/outcome';
import { cleanText } from '../../common/text';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../../errors/app-error';
import { isUniqueViolation } from '../../errors/db-errors';
import { award } from '../badge/badge.effects';
import { BadgeName } from '../badge/badge.entity';
import { notices } from '../notification/notification.payloads';
import { notify } from '../notification/notification.service';
import { Role } from '../role/role';
import { rolesAt } from '../role/role.service';
import { User, UserStatus } from '../user/user.entity';
import { findMentorshipFor, requireMember } from './mentorship.access';
import { mentorshipChanged } from './mentorship.events';
import { MAX_GOALS, MAX_GOAL_LENGTH, MAX_NOTE_LENGTH } from './mentorship.inputs';
import { MentorshipNote } from './mentorship-note.entity';
import { Mentorship, MentorshipStatus } from './mentorship.entity';
import { MentorshipReason } from './mentorship.reasons';
import { idempotent, replayById } from '../../app/idempotency/idempotency';

const OPEN = [MentorshipStatus.PENDING, MentorshipStatus.ACTIVE];

/**
 * Moves a mentorship to new values only while its status is one of `from`. The WHERE clause is
 * re-checked after waiting for a concurrent writer, so two racing transitions cannot both win.
 */
async function transition(
  tx: EntityManager,
  id: string,
  from: MentorshipStatus[],
  set: QueryDeepPartialEntity<Mentorship>,
): Promise<Mentorship | null> {
  const result = await tx
    .createQueryBuilder()
    .update(Mentorship)
    .set(set)
    .where('id = :id AND status IN (:...from)', { id, from })
    .execute();
  if ((result.affected ?? 0) === 0) return null;
  return tx.findOneBy(Mentorship, { id });
}

export interface RequestMentorshipCommand {
  mentorId: string;
  goals?: readonly string[];
}

/** The actor (mentee) asks a mentor for mentorship (PENDING); the mentor is notified. */
export async function requestMentorship(
  tx: EntityManager,
  actor: Actor,
  { mentorId, goals = [] }: RequestMentorshipCommand,
): Promise<Outcome<Mentorship>> {
  if (mentorId === actor.userId) {
    throw new BadUserInputError(
      'You cannot be your own mentor',
      { mentorId: 'must be another user' },
      MentorshipReason.SELF_MENTORSHIP,
    );
  }
  const cleanGoals = goals.map((g) => cleanText(g, 'goals', MAX_GOAL_LENGTH));
  if (cleanGoals.length > MAX_GOALS) {
    throw new BadUserInputError('Too many goals', { goals: `at most ${MAX_GOALS}` }, MentorshipReason.TOO_MANY_GOALS);
  }
  const mentor = await tx.findOneBy(User, { id: mentorId });
  if (!mentor || mentor.status === UserStatus.DELETED) throw new NotFoundError('User');
  if (mentor.status !== UserStatus.ACTIVE || !(await rolesAt(tx, mentorId, actor.now)).includes(Role.MENTOR)) {
    throw new BadUserInputError(
      'This user is not an available mentor',
      { mentorId: 'is not an active mentor' },
      MentorshipReason.MENTOR_UNAVAILABLE,
    );
  }
  let mentorship: Mentorship;
  try {
    mentorship = await tx.save(
      tx.create(Mentorship, {
        mentorId,
        menteeId: actor.userId,
        status: MentorshipStatus.PENDING,
        goals: cleanGoals,
        startedAt: null,
        endedAt: null,
        createdAt: actor.now,
      }),
    );
  } catch (error) {
    // The partial unique index is the arbiter, so two concurrent requests cannot both get in.
    if (isUniqueViolation(error, 'mentorships_open_pair_key')) {
      throw new ConflictError(
        MentorshipReason.MENTORSHIP_ALREADY_OPEN,
        'You already have an open mentorship with this mentor',
      );
    }
    throw error;
  }
  await notify(tx, mentorId, notices.mentorshipRequested(mentorship, actor.userId));
  return done(mentorship, mentorshipChanged(mentorship));
}

/** The mentor accepts (ACTIVE) or declines (DECLINED) a PENDING request; badges both sides on accept. */
export async function respondToMentorship(
  tx: EntityManager,
  actor: Actor,
  { mentorshipId, accept }: { mentorshipId: string; accept: boolean },
): Promise<Outcome<Mentorship>> {
  const current = await findMentorshipFor(tx, actor, mentorshipId);
  if (current.mentorId !== actor.userId) {
    throw new ForbiddenError(MentorshipReason.ONLY_MENTOR_RESPONDS, 'Only the mentor can respond to this request');
  }
  if (accept && !actor.roles.includes(Role.MENTOR)) {
    throw new ForbiddenError(MentorshipReason.MENTOR_ROLE_REQUIRED, 'You no longer hold a mentor role');
  }
  const updated = await transition(
    tx,
    mentorshipId,
    [MentorshipStatus.PENDING],
    accept
      ? { status: MentorshipStatus.ACTIVE, startedAt: actor.now }
      : { status: MentorshipStatus.DECLINED, endedAt: actor.now },
  );
  if (!updated)
    throw new ConflictError(MentorshipReason.MENTORSHIP_NOT_PENDING, 'Only a PENDING request can be answered');
  await notify(tx, updated.menteeId, notices.mentorshipUpdated(updated, actor.userId));
  if (!accept) return done(updated, mentorshipChanged(updated));
  return done(
    updated,
    mentorshipChanged(updated),
    award(updated.mentorId, BadgeName.FIRST_MENTORSHIP_STARTED),
    award(updated.menteeId, BadgeName.FIRST_MENTORSHIP_STARTED),
  );
}

/** Either member ends an ACTIVE mentorship (COMPLETED); the other side is notified. */
export async function completeMentorship(
  tx: EntityManager,
  actor: Actor,
  { mentorshipId }: { mentorshipId: string },
): Promise<Outcome<Mentorship>> {
  requireMember(await findMentorshipFor(tx, actor, mentorshipId), actor);
  const updated = await transition(tx, mentorshipId, [MentorshipStatus.ACTIVE], {
    status: MentorshipStatus.COMPLETED,
    endedAt: actor.now,
  });
  if (!updated) {
    throw new ConflictError(MentorshipReason.MENTORSHIP_NOT_ACTIVE, 'Only an ACTIVE mentorship can be completed');
  }
  const other = updated.mentorId === actor.userId ? updated.menteeId : updated.mentorId;
  await notify(tx, other, notices.mentorshipUpdated(updated, actor.userId));
  return done(updated, mentorshipChanged(updated));
}

/** The mentee withdraws a PENDING request (CANCELLED); the mentor is notified. */
export async function cancelMentorship(
  tx: EntityManager,
  actor: Actor,
  { mentorshipId }: { mentorshipId: string },
): Promise<Outcome<Mentorship>> {
  const current = await findMentorshipFor(tx, actor, mentorshipId);
  if (current.menteeId !== actor.userId) {
    throw new ForbiddenError(MentorshipReason.ONLY_MENTEE_CANCELS, 'Only the mentee can cancel a request');
  }
  const updated = await transition(tx, mentorshipId, [MentorshipStatus.PENDING], {
    status: MentorshipStatus.CANCELLED,
    endedAt: actor.now,
  });
  if (!updated)
    throw new ConflictError(MentorshipReason.MENTORSHIP_NOT_PENDING, 'Only a PENDING request can be cancelled');
  await notify(tx, updated.mentorId, notices.mentorshipUpdated(updated, actor.userId));
  return done(updated, mentorshipChanged(updated));
}

/** A member appends a goal to a PENDING or ACTIVE mentorship (at most MAX_GOALS). */
export async function addMentorshipGoal(
  tx: EntityManager,
  actor: Actor,
  { mentorshipId, goal }: { mentorshipId: string; goal: string },
): Promise<Outcome<Mentorship>> {
  const text = cleanText(goal, 'goal', MAX_GOAL_LENGTH);
  requireMember(await findMentorshipFor(tx, actor, mentorshipId), actor);
  // array_append in SQL, so concurrent additions both land instead of overwriting each other.
  const result = await tx
    .createQueryBuilder()
    .update(Mentorship)
    .set({ goals: () => 'array_append(goals, :goal)' })
    .where('id = :id AND status IN (:...open) AND cardinality(goals) < :max', {
      id: mentorshipId,
      open: OPEN,
      max: MAX_GOALS,
    })
    .setParameter('goal', text)
    .execute();
  const updated = await tx.findOneByOrFail(Mentorship, { id: mentorshipId });
  if ((result.affected ?? 0) === 0) {
    if (!OPEN.includes(updated.status)) {
      throw new ConflictError(MentorshipReason.MENTORSHIP_CLOSED, 'Goals can only be added to an open mentorship');
    }
    throw new BadUserInputError(
      'Too many goals',
      { goal: `a mentorship has at most ${MAX_GOALS} goals` },
      MentorshipReason.TOO_MANY_GOALS,
    );
  }
  return done(updated, mentorshipChanged(updated));
}

/** A member adds a note to the mentorship, in any status. */
export async function addMentorshipNote(
  tx: EntityManager,
  actor: Actor,
  { mentorshipId, body }: { mentorshipId: string; body: string },
): Promise<Outcome<{ mentorship: Mentorship; note: MentorshipNote }>> {
  const text = cleanText(body, 'body', MAX_NOTE_LENGTH);
  const mentorship = await findMentorshipFor(tx, actor, mentorshipId);
  requireMember(mentorship, actor);
  const note = await tx.save(
    tx.create(MentorshipNote, { mentorshipId, authorId: actor.userId, body: text, createdAt: actor.now }),
  );
  return done({ mentorship, note });
}

/** requestMentorship, safe to retry with a clientMutationId. */
export const requestMentorshipOnce = idempotent(replayById('requestMentorship', Mentorship), requestMentorship);
