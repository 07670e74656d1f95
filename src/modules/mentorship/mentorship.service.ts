import type { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { toGlobalId } from '../../common/global-id';
import { cleanText } from '../../common/text';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../../errors/app-error';
import { isUniqueViolation } from '../../errors/db-errors';
import { BadgeName } from '../badge/badge.entity';
import { awardBadges } from '../badge/badge.service';
import { NotificationKind } from '../notification/notification.entity';
import { notify } from '../notification/notification.service';
import { effectiveRoles } from '../role/role.service';
import { Role } from '../role/role';
import { UserRole } from '../role/user-role.entity';
import { User, UserStatus } from '../user/user.entity';
import { findMentorshipFor, requireMember, type Actor } from './mentorship.access';
import { MAX_GOALS, MAX_GOAL_LENGTH, MAX_NOTE_LENGTH } from './mentorship.inputs';
import { MentorshipNote } from './mentorship-note.entity';
import { Mentorship, MentorshipStatus } from './mentorship.entity';

const OPEN = [MentorshipStatus.PENDING, MentorshipStatus.ACTIVE];

function notifyPayload(m: Mentorship, byUserId: string): Record<string, unknown> {
  return {
    mentorshipId: toGlobalId('Mentorship', m.id),
    status: m.status,
    byUserId: toGlobalId('User', byUserId),
  };
}

/**
 * Moves a mentorship to new values only while its status is one of `from`. The WHERE clause is
 * re-checked after waiting for a concurrent writer, so two racing transitions cannot both win.
 */
async function transition(
  manager: EntityManager,
  id: string,
  from: MentorshipStatus[],
  set: QueryDeepPartialEntity<Mentorship>,
): Promise<Mentorship | null> {
  const result = await manager
    .createQueryBuilder()
    .update(Mentorship)
    .set(set)
    .where('id = :id AND status IN (:...from)', { id, from })
    .execute();
  if ((result.affected ?? 0) === 0) return null;
  return manager.findOneBy(Mentorship, { id });
}

async function holdsMentorRole(manager: EntityManager, userId: string, at: Date): Promise<boolean> {
  const rows = await manager.find(UserRole, { where: { userId, role: Role.MENTOR } });
  return effectiveRoles(rows, at).includes(Role.MENTOR);
}

/**
 * Creates a PENDING request from the actor (mentee) to `mentorId` inside the caller's transaction,
 * and notifies the mentor. CONFLICT when the pair already has an open mentorship.
 */
export async function createMentorshipRequest(
  manager: EntityManager,
  actor: Actor,
  mentorId: string,
  goals: readonly string[] = [],
): Promise<Mentorship> {
  if (mentorId === actor.userId) {
    throw new BadUserInputError('You cannot be your own mentor', { mentorId: 'must be another user' });
  }
  const cleanGoals = goals.map((g) => cleanText(g, 'goals', MAX_GOAL_LENGTH));
  if (cleanGoals.length > MAX_GOALS) {
    throw new BadUserInputError('Too many goals', { goals: `at most ${MAX_GOALS}` });
  }
  const mentor = await manager.findOneBy(User, { id: mentorId });
  if (!mentor || mentor.status === UserStatus.DELETED) throw new NotFoundError('User');
  if (mentor.status !== UserStatus.ACTIVE || !(await holdsMentorRole(manager, mentorId, actor.now))) {
    throw new BadUserInputError('This user is not an available mentor', { mentorId: 'is not an active mentor' });
  }
  let mentorship: Mentorship;
  try {
    mentorship = await manager.save(
      manager.create(Mentorship, {
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
      throw new ConflictError('You already have an open mentorship with this mentor');
    }
    throw error;
  }
  await notify(manager, mentorId, NotificationKind.MENTORSHIP_REQUESTED, notifyPayload(mentorship, actor.userId));
  return mentorship;
}

/** The actor asks a mentor for mentorship (PENDING). */
export async function requestMentorship(
  db: EntityManager,
  actor: Actor,
  mentorId: string,
  goals: readonly string[] = [],
): Promise<Mentorship> {
  return db.transaction((manager) => createMentorshipRequest(manager, actor, mentorId, goals));
}

/** The mentor accepts (ACTIVE) or declines (DECLINED) a PENDING request; badges both sides on accept. */
export async function respondToMentorship(
  db: EntityManager,
  actor: Actor,
  id: string,
  accept: boolean,
): Promise<Mentorship> {
  const mentorship = await db.transaction(async (manager) => {
    const current = await findMentorshipFor(manager, actor, id);
    if (current.mentorId !== actor.userId) throw new ForbiddenError('Only the mentor can respond to this request');
    if (accept && !actor.roles.includes(Role.MENTOR)) {
      throw new ForbiddenError('You no longer hold a mentor role');
    }
    const updated = await transition(
      manager,
      id,
      [MentorshipStatus.PENDING],
      accept
        ? { status: MentorshipStatus.ACTIVE, startedAt: actor.now }
        : { status: MentorshipStatus.DECLINED, endedAt: actor.now },
    );
    if (!updated) throw new ConflictError('Only a PENDING request can be answered');
    await notify(manager, updated.menteeId, NotificationKind.MENTORSHIP_UPDATED, notifyPayload(updated, actor.userId));
    return updated;
  });
  if (accept) {
    await awardBadges(db, mentorship.mentorId, [BadgeName.FIRST_MENTORSHIP_STARTED]);
    await awardBadges(db, mentorship.menteeId, [BadgeName.FIRST_MENTORSHIP_STARTED]);
  }
  return mentorship;
}

/** Either member ends an ACTIVE mentorship (COMPLETED); the other side is notified. */
export async function completeMentorship(db: EntityManager, actor: Actor, id: string): Promise<Mentorship> {
  return db.transaction(async (manager) => {
    const current = await findMentorshipFor(manager, actor, id);
    requireMember(current, actor);
    const updated = await transition(manager, id, [MentorshipStatus.ACTIVE], {
      status: MentorshipStatus.COMPLETED,
      endedAt: actor.now,
    });
    if (!updated) throw new ConflictError('Only an ACTIVE mentorship can be completed');
    const other = updated.mentorId === actor.userId ? updated.menteeId : updated.mentorId;
    await notify(manager, other, NotificationKind.MENTORSHIP_UPDATED, notifyPayload(updated, actor.userId));
    return updated;
  });
}

/** The mentee withdraws a PENDING request (CANCELLED); the mentor is notified. */
export async function cancelMentorship(db: EntityManager, actor: Actor, id: string): Promise<Mentorship> {
  return db.transaction(async (manager) => {
    const current = await findMentorshipFor(manager, actor, id);
    if (current.menteeId !== actor.userId) throw new ForbiddenError('Only the mentee can cancel a request');
    const updated = await transition(manager, id, [MentorshipStatus.PENDING], {
      status: MentorshipStatus.CANCELLED,
      endedAt: actor.now,
    });
    if (!updated) throw new ConflictError('Only a PENDING request can be cancelled');
    await notify(manager, updated.mentorId, NotificationKind.MENTORSHIP_UPDATED, notifyPayload(updated, actor.userId));
    return updated;
  });
}

/** A member appends a goal to a PENDING or ACTIVE mentorship (at most MAX_GOALS). */
export async function addMentorshipGoal(
  db: EntityManager,
  actor: Actor,
  id: string,
  goal: string,
): Promise<Mentorship> {
  const text = cleanText(goal, 'goal', MAX_GOAL_LENGTH);
  return db.transaction(async (manager) => {
    requireMember(await findMentorshipFor(manager, actor, id), actor);
    // array_append in SQL, so concurrent additions both land instead of overwriting each other.
    const result = await manager
      .createQueryBuilder()
      .update(Mentorship)
      .set({ goals: () => 'array_append(goals, :goal)' })
      .where('id = :id AND status IN (:...open) AND cardinality(goals) < :max', { id, open: OPEN, max: MAX_GOALS })
      .setParameter('goal', text)
      .execute();
    const updated = await manager.findOneByOrFail(Mentorship, { id });
    if ((result.affected ?? 0) === 0) {
      if (!OPEN.includes(updated.status)) throw new ConflictError('Goals can only be added to an open mentorship');
      throw new BadUserInputError('Too many goals', { goal: `a mentorship has at most ${MAX_GOALS} goals` });
    }
    return updated;
  });
}

/** A member adds a note to the mentorship, in any status. */
export async function addMentorshipNote(
  db: EntityManager,
  actor: Actor,
  id: string,
  body: string,
): Promise<{ mentorship: Mentorship; note: MentorshipNote }> {
  const text = cleanText(body, 'body', MAX_NOTE_LENGTH);
  return db.transaction(async (manager) => {
    const mentorship = await findMentorshipFor(manager, actor, id);
    requireMember(mentorship, actor);
    const note = await manager.save(
      manager.create(MentorshipNote, { mentorshipId: id, authorId: actor.userId, body: text, createdAt: actor.now }),
    );
    return { mentorship, note };
  });
}
