import type { EntityManager } from 'typeorm';
import type { Context } from '../../app/context';
import { requireViewer } from '../../auth/viewer';
import { idOf } from '../../common/global-id';
import { paginate, type ConnectionArgs, type ConnectionResult } from '../../common/pagination';
import { BadUserInputError, ConflictError, NotFoundError, type FieldErrors } from '../../errors/app-error';
import { isUniqueViolation } from '../../errors/db-errors';
import { queryReturning } from '../../common/returning';
import { ActivityRole, UserActivity } from '../activity/user-activity.entity';
import { BadgeName } from '../badge/badge.entity';
import { awardBadges } from '../badge/badge.service';
import type { User } from '../user/user.entity';
import type { BookClassInput, VirtualClassFilter } from './virtual-class.inputs';
import { ClassStatus, ClassType, VirtualClass } from './virtual-class.entity';

const DEFAULT_GROUP_SIZE = 10;
const ENDS_AT = `("c"."starts_at" + "c"."duration_minutes" * interval '1 minute')`;

/** Classes by start time (then id), narrowed by the filter; the status filter reads PENDING as derived at ctx.actor.now. */
export async function listClasses(
  ctx: Context,
  args: ConnectionArgs,
  filter: VirtualClassFilter | null | undefined,
): Promise<ConnectionResult<VirtualClass>> {
  const qb = ctx.db.getRepository(VirtualClass).createQueryBuilder('c');
  switch (filter?.status) {
    case ClassStatus.PENDING:
      qb.andWhere(`"c"."status" = 'SCHEDULED' AND ${ENDS_AT} <= :now`, { now: ctx.actor.now });
      break;
    case ClassStatus.SCHEDULED:
      qb.andWhere(`"c"."status" = 'SCHEDULED' AND ${ENDS_AT} > :now`, { now: ctx.actor.now });
      break;
    case ClassStatus.COMPLETED:
    case ClassStatus.CANCELLED:
      qb.andWhere(`"c"."status" = :status`, { status: filter.status });
      break;
    default:
      break;
  }
  if (filter?.from) qb.andWhere('c.startsAt >= :from', { from: filter.from });
  if (filter?.to) qb.andWhere('c.startsAt < :to', { to: filter.to });
  if (filter?.hostId) qb.andWhere('c.hostId = :hostId', { hostId: idOf('User', filter.hostId, 'hostId') });
  return paginate(qb, args, [
    { expr: 'c.startsAt', value: (c) => c.startsAt },
    { expr: 'c.id', value: (c) => c.id },
  ]);
}

/** A page of a class's members (host first, then by join time), batched across classes. */
export async function classParticipants(
  ctx: Context,
  cls: VirtualClass,
  args: ConnectionArgs,
): Promise<ConnectionResult<User>> {
  const page = await ctx.loaders.activityPagesByClassId.load(cls.id, args);
  const users = await ctx.loaders.userById.loadMany(page.nodes.map((a) => a.userId));
  const nodes = users.map((u) => {
    if (u instanceof Error) throw u;
    if (!u) throw new NotFoundError('User');
    return u;
  });
  return {
    edges: page.edges.map((edge, i) => ({ cursor: edge.cursor, node: nodes[i] })),
    nodes,
    pageInfo: page.pageInfo,
    // participantCount is kept by the same statements that add or remove a membership.
    totalCount: Promise.resolve(cls.participantCount),
  };
}

function checkBooking(ctx: Context, input: BookClassInput): { title: string; max: number; meetingUrl: string | null } {
  const fields: FieldErrors = {};
  const title = input.title.trim();
  if (title === '') fields.title = 'must not be blank';
  if (input.startsAt.getTime() <= ctx.actor.now.getTime()) fields.startsAt = 'must be in the future';
  // INDIVIDUAL means the host alone, so nobody can join; the given size is ignored.
  const max = input.classType === ClassType.INDIVIDUAL ? 1 : (input.maxParticipants ?? DEFAULT_GROUP_SIZE);
  if (input.classType === ClassType.GRUPAL && (max < 2 || max > 50)) {
    fields.maxParticipants = 'must be between 2 and 50 for a group class';
  }
  const url = input.meetingUrl ?? null;
  if (url && ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.href.length > 2048)) {
    fields.meetingUrl = 'must be an http(s) URL of at most 2048 characters';
  }
  if (Object.keys(fields).length > 0) throw new BadUserInputError('Invalid input', fields);
  return { title, max, meetingUrl: url ? url.href : null };
}

/** Books a SCHEDULED class hosted by the viewer (with their ANFITRION activity); awards FIRST_CLASS_BOOKED. */
export async function bookClass(ctx: Context, input: BookClassInput): Promise<VirtualClass> {
  const viewer = requireViewer(ctx);
  const { title, max, meetingUrl } = checkBooking(ctx, input);
  const cls = await ctx.db.transaction(async (manager) => {
    const saved = await manager.save(
      manager.create(VirtualClass, {
        title,
        startsAt: input.startsAt,
        durationMinutes: input.durationMinutes,
        classType: input.classType,
        maxParticipants: max,
        participantCount: 1,
        storedStatus: ClassStatus.SCHEDULED,
        hostId: viewer.id,
        meetingUrl,
        taskId: null,
        cancelReason: null,
        completedAt: null,
      }),
    );
    await manager.save(newActivity(manager, viewer.id, saved.id, ActivityRole.ANFITRION));
    return saved;
  });
  await awardBadges(ctx.db, viewer.id, [BadgeName.FIRST_CLASS_BOOKED]);
  return cls;
}

function newActivity(manager: EntityManager, userId: string, classId: string, rol: ActivityRole): UserActivity {
  return manager.create(UserActivity, {
    userId,
    classId,
    rol,
    taskId: null,
    completed: false,
    completedAt: null,
    taskCompletedAt: null,
  });
}

/** Why a seat could not be taken: the first rule the class breaks, read inside the same transaction. */
async function joinRefusal(manager: EntityManager, classId: string, userId: string, now: Date): Promise<Error> {
  const cls = await manager.findOne(VirtualClass, { where: { id: classId } });
  if (!cls) return new NotFoundError('Class');
  if (cls.storedStatus !== ClassStatus.SCHEDULED)
    return new ConflictError(`Class is ${cls.storedStatus.toLowerCase()}`);
  if (cls.startsAt.getTime() <= now.getTime()) return new ConflictError('Class has already started');
  if (await manager.exists(UserActivity, { where: { userId, classId } })) {
    return new ConflictError('You already joined this class');
  }
  return new ConflictError('Class is full');
}

/**
 * Joins a class as PARTICIPANTE. Capacity holds under concurrency: the seat is taken by one
 * conditional UPDATE (row-locked by PostgreSQL), and a duplicate membership (unique index) rolls
 * the seat back with the transaction. Awards FIRST_CLASS_JOINED after commit.
 */
export async function joinClass(
  ctx: Context,
  classGlobalId: string,
): Promise<{ virtualClass: VirtualClass; activity: UserActivity }> {
  const viewer = requireViewer(ctx);
  const classId = idOf('VirtualClass', classGlobalId, 'classId');
  let joined: { virtualClass: VirtualClass; activity: UserActivity };
  try {
    joined = await ctx.db.transaction(async (manager) => {
      const seat = await queryReturning<{ id: string }>(
        manager,
        `UPDATE "virtual_classes" SET "participant_count" = "participant_count" + 1, "updated_at" = now()
         WHERE "id" = $1 AND "status" = 'SCHEDULED' AND "starts_at" > $2 AND "participant_count" < "max_participants"
         RETURNING "id"`,
        [classId, ctx.actor.now],
      );
      if (seat.length === 0) throw await joinRefusal(manager, classId, viewer.id, ctx.actor.now);
      const activity = await manager.save(newActivity(manager, viewer.id, classId, ActivityRole.PARTICIPANTE));
      const virtualClass = await manager.findOneOrFail(VirtualClass, { where: { id: classId } });
      return { virtualClass, activity };
    });
  } catch (err) {
    if (isUniqueViolation(err, 'user_activities_user_class_key')) {
      throw new ConflictError('You already joined this class');
    }
    throw err;
  }
  await awardBadges(ctx.db, viewer.id, [BadgeName.FIRST_CLASS_JOINED]);
  return joined;
}

/** Leaves a class before it starts: removes the membership and frees the seat together. The host cancels instead. */
export async function leaveClass(ctx: Context, classGlobalId: string): Promise<VirtualClass> {
  const viewer = requireViewer(ctx);
  const classId = idOf('VirtualClass', classGlobalId, 'classId');
  return ctx.db.transaction(async (manager) => {
    // The row lock orders this against joins, cancels and completions of the same class.
    const cls = await manager.findOne(VirtualClass, { where: { id: classId }, lock: { mode: 'pessimistic_write' } });
    if (!cls) throw new NotFoundError('Class');
    const activity = await manager.findOne(UserActivity, { where: { userId: viewer.id, classId } });
    if (!activity) throw new NotFoundError('Participation');
    if (activity.rol === ActivityRole.ANFITRION || cls.hostId === viewer.id) {
      throw new ConflictError('The host cannot leave; cancel the class instead');
    }
    if (cls.storedStatus !== ClassStatus.SCHEDULED)
      throw new ConflictError(`Class is ${cls.storedStatus.toLowerCase()}`);
    if (cls.startsAt.getTime() <= ctx.actor.now.getTime()) throw new ConflictError('Class has already started');
    await manager.delete(UserActivity, { id: activity.id });
    await manager.query(
      `UPDATE "virtual_classes" SET "participant_count" = "participant_count" - 1, "updated_at" = now() WHERE "id" = $1`,
      [classId],
    );
    return manager.findOneOrFail(VirtualClass, { where: { id: classId } });
  });
}
