import type { EntityManager } from 'typeorm';
import type { Actor } from '../../auth/actor';
import { done, type Outcome } from '../../common/outcome';
import { queryReturning } from '../../common/returning';
import { BadUserInputError, ConflictError, NotFoundError, type FieldErrors } from '../../errors/app-error';
import { isUniqueViolation } from '../../errors/db-errors';
import { ActivityRole, UserActivity } from '../activity/user-activity.entity';
import { award } from '../badge/badge.effects';
import { BadgeName } from '../badge/badge.entity';
import { ClassStatus, ClassType, VirtualClass } from './virtual-class.entity';
import { ClassReason } from './virtual-class.reasons';
import { idempotent, loadById, replayById } from '../../app/idempotency/idempotency';

const DEFAULT_GROUP_SIZE = 10;

export interface BookClassCommand {
  title: string;
  startsAt: Date;
  durationMinutes: number;
  classType: ClassType;
  maxParticipants?: number | null;
  meetingUrl?: URL | null;
}

function checkBooking(now: Date, command: BookClassCommand): { title: string; max: number; meetingUrl: string | null } {
  const fields: FieldErrors = {};
  const title = command.title.trim();
  if (title === '') fields.title = 'must not be blank';
  if (command.startsAt.getTime() <= now.getTime()) fields.startsAt = 'must be in the future';
  // INDIVIDUAL means the host alone, so nobody can join; the given size is ignored.
  const max = command.classType === ClassType.INDIVIDUAL ? 1 : (command.maxParticipants ?? DEFAULT_GROUP_SIZE);
  if (command.classType === ClassType.GRUPAL && (max < 2 || max > 50)) {
    fields.maxParticipants = 'must be between 2 and 50 for a group class';
  }
  const url = command.meetingUrl ?? null;
  if (url && ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.href.length > 2048)) {
    fields.meetingUrl = 'must be an http(s) URL of at most 2048 characters';
  }
  if (Object.keys(fields).length > 0) throw new BadUserInputError('Invalid input', fields);
  return { title, max, meetingUrl: url ? url.href : null };
}

function newActivity(tx: EntityManager, userId: string, classId: string, rol: ActivityRole): UserActivity {
  return tx.create(UserActivity, {
    userId,
    classId,
    rol,
    taskId: null,
    completed: false,
    completedAt: null,
    taskCompletedAt: null,
  });
}

/** Books a SCHEDULED class hosted by the actor (with their ANFITRION activity); awards FIRST_CLASS_BOOKED. */
export async function bookClass(
  tx: EntityManager,
  actor: Actor,
  command: BookClassCommand,
): Promise<Outcome<VirtualClass>> {
  const { title, max, meetingUrl } = checkBooking(actor.now, command);
  const cls = await tx.save(
    tx.create(VirtualClass, {
      title,
      startsAt: command.startsAt,
      durationMinutes: command.durationMinutes,
      classType: command.classType,
      maxParticipants: max,
      participantCount: 1,
      storedStatus: ClassStatus.SCHEDULED,
      hostId: actor.userId,
      meetingUrl,
      taskId: null,
      cancelReason: null,
      completedAt: null,
    }),
  );
  await tx.save(newActivity(tx, actor.userId, cls.id, ActivityRole.ANFITRION));
  return done(cls, award(actor.userId, BadgeName.FIRST_CLASS_BOOKED));
}

const alreadyJoined = (): ConflictError =>
  new ConflictError(ClassReason.ALREADY_JOINED, 'You already joined this class');
const notScheduled = (status: ClassStatus): ConflictError =>
  new ConflictError(ClassReason.CLASS_NOT_SCHEDULED, `Class is ${status.toLowerCase()}`);
const started = (): ConflictError => new ConflictError(ClassReason.CLASS_STARTED, 'Class has already started');

/** Why a seat could not be taken: the first rule the class breaks, read inside the same transaction. */
async function joinRefusal(tx: EntityManager, classId: string, userId: string, now: Date): Promise<Error> {
  const cls = await tx.findOne(VirtualClass, { where: { id: classId } });
  if (!cls) return new NotFoundError('Class');
  if (cls.storedStatus !== ClassStatus.SCHEDULED) return notScheduled(cls.storedStatus);
  if (cls.startsAt.getTime() <= now.getTime()) return started();
  if (await tx.exists(UserActivity, { where: { userId, classId } })) return alreadyJoined();
  return new ConflictError(ClassReason.CLASS_FULL, 'Class is full');
}

/**
 * Joins a class as PARTICIPANTE. Capacity holds under concurrency: the seat is taken by one
 * conditional UPDATE (row-locked by PostgreSQL), and a duplicate membership (unique index) rolls
 * the seat back with the transaction. Awards FIRST_CLASS_JOINED.
 */
export async function joinClass(
  tx: EntityManager,
  actor: Actor,
  { classId }: { classId: string },
): Promise<Outcome<{ virtualClass: VirtualClass; activity: UserActivity }>> {
  const seat = await queryReturning<{ id: string }>(
    tx,
    `UPDATE "virtual_classes" SET "participant_count" = "participant_count" + 1, "updated_at" = now()
     WHERE "id" = $1 AND "status" = 'SCHEDULED' AND "starts_at" > $2 AND "participant_count" < "max_participants"
     RETURNING "id"`,
    [classId, actor.now],
  );
  if (seat.length === 0) throw await joinRefusal(tx, classId, actor.userId, actor.now);
  let activity: UserActivity;
  try {
    activity = await tx.save(newActivity(tx, actor.userId, classId, ActivityRole.PARTICIPANTE));
  } catch (error) {
    // The unique index is the arbiter; throwing rolls the seat back with the runner's transaction.
    if (isUniqueViolation(error, 'user_activities_user_class_key')) throw alreadyJoined();
    throw error;
  }
  const virtualClass = await tx.findOneOrFail(VirtualClass, { where: { id: classId } });
  return done({ virtualClass, activity }, award(actor.userId, BadgeName.FIRST_CLASS_JOINED));
}

/** Leaves a class before it starts: removes the membership and frees the seat together. The host cancels instead. */
export async function leaveClass(
  tx: EntityManager,
  actor: Actor,
  { classId }: { classId: string },
): Promise<Outcome<VirtualClass>> {
  // The row lock orders this against joins, cancels and completions of the same class.
  const cls = await tx.findOne(VirtualClass, { where: { id: classId }, lock: { mode: 'pessimistic_write' } });
  if (!cls) throw new NotFoundError('Class');
  const activity = await tx.findOne(UserActivity, { where: { userId: actor.userId, classId } });
  if (!activity) throw new NotFoundError('Participation', ClassReason.NOT_A_PARTICIPANT);
  if (activity.rol === ActivityRole.ANFITRION || cls.hostId === actor.userId) {
    throw new ConflictError(ClassReason.HOST_CANNOT_LEAVE, 'The host cannot leave; cancel the class instead');
  }
  if (cls.storedStatus !== ClassStatus.SCHEDULED) throw notScheduled(cls.storedStatus);
  if (cls.startsAt.getTime() <= actor.now.getTime()) throw started();
  await tx.delete(UserActivity, { id: activity.id });
  await tx.query(
    `UPDATE "virtual_classes" SET "participant_count" = "participant_count" - 1, "updated_at" = now() WHERE "id" = $1`,
    [classId],
  );
  return done(await tx.findOneOrFail(VirtualClass, { where: { id: classId } }));
}

/** bookClass, safe to retry with a clientMutationId. */
export const bookClassOnce = idempotent(replayById('bookClass', VirtualClass), bookClass);

/** joinClass, safe to retry with a clientMutationId. */
export const joinClassOnce = idempotent(
  {
    operation: 'joinClass',
    save: ({ virtualClass, activity }: { virtualClass: VirtualClass; activity: UserActivity }) => ({
      classId: virtualClass.id,
      activityId: activity.id,
    }),
    load: async (tx, saved) => ({
      virtualClass: await loadById(tx, VirtualClass, saved.classId),
      activity: await loadById(tx, UserActivity, saved.activityId),
    }),
  },
  joinClass,
);
