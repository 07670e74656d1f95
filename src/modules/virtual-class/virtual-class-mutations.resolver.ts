import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../app/context';
import { run } from '../../app/runner';
import { Auth } from '../../auth/auth.decorator';
import { AuthRule } from '../../auth/rules';
import { idOf } from '../../common/global-id';
import { syncingCalendar } from '../google-calendar/google-calendar.sync';
import { cancelClass, completeClass } from './class-lifecycle.service';
import {
  BookClassInput,
  CancelClassInput,
  CompleteClassInput,
  JoinClassInput,
  LeaveClassInput,
} from './virtual-class.inputs';
import {
  BookClassPayload,
  CancelClassPayload,
  CompleteClassPayload,
  JoinClassPayload,
  LeaveClassPayload,
} from './virtual-class.payloads';
import { bookClassOnce, joinClassOnce, leaveClass } from './virtual-class.service';

@Resolver()
export class VirtualClassMutationResolver {
  @Auth(AuthRule.USER)
  @Mutation(() => BookClassPayload, { description: 'Books a class hosted by the caller.' })
  async bookClass(
    @Arg('input', { description: 'The class to book.' }) input: BookClassInput,
    @Ctx() ctx: Context,
  ): Promise<BookClassPayload> {
    const command = {
      title: input.title,
      startsAt: input.startsAt,
      durationMinutes: input.durationMinutes,
      classType: input.classType,
      maxParticipants: input.maxParticipants ?? null,
      meetingUrl: input.meetingUrl ?? null,
      clientMutationId: input.clientMutationId,
    };
    const book = syncingCalendar(ctx.deps.env, bookClassOnce, (cls) => cls.id);
    return { virtualClass: await run(ctx, book, command), clientMutationId: input.clientMutationId };
  }

  @Auth(AuthRule.USER)
  @Mutation(() => JoinClassPayload, {
    description:
      'Joins a scheduled class before it starts. CONFLICT when full, not scheduled, started or already joined.',
  })
  async joinClass(
    @Arg('input', { description: 'The class to join.' }) input: JoinClassInput,
    @Ctx() ctx: Context,
  ): Promise<JoinClassPayload> {
    const { clientMutationId } = input;
    const classId = idOf('VirtualClass', input.classId, 'classId');
    const join = syncingCalendar(ctx.deps.env, joinClassOnce, (joined) => joined.virtualClass.id);
    return { ...(await run(ctx, join, { classId, clientMutationId })), clientMutationId };
  }

  @Auth(AuthRule.USER)
  @Mutation(() => LeaveClassPayload, { description: 'Leaves a class before it starts; the host cancels instead.' })
  async leaveClass(
    @Arg('input', { description: 'The class to leave.' }) input: LeaveClassInput,
    @Ctx() ctx: Context,
  ): Promise<LeaveClassPayload> {
    const classId = idOf('VirtualClass', input.classId, 'classId');
    const leave = syncingCalendar(ctx.deps.env, leaveClass, (cls) => cls.id);
    return { virtualClass: await run(ctx, leave, { classId }) };
  }

  @Auth(AuthRule.USER)
  @Mutation(() => CancelClassPayload, { description: 'The host or an admin cancels a scheduled class.' })
  async cancelClass(
    @Arg('input', { description: 'The class to cancel.' }) input: CancelClassInput,
    @Ctx() ctx: Context,
  ): Promise<CancelClassPayload> {
    const classId = idOf('VirtualClass', input.classId, 'classId');
    const cancel = syncingCalendar(ctx.deps.env, cancelClass, (cls) => cls.id);
    return { virtualClass: await run(ctx, cancel, { classId, reason: input.reason ?? null }) };
  }

  @Auth(AuthRule.USER)
  @Mutation(() => CompleteClassPayload, {
    description: "Uploads a class's activity: an admin, or the host holding a mentor role.",
  })
  async completeClass(
    @Arg('input', { description: 'The class to complete.' }) input: CompleteClassInput,
    @Ctx() ctx: Context,
  ): Promise<CompleteClassPayload> {
    const classId = idOf('VirtualClass', input.classId, 'classId');
    const taskId = input.taskId ? idOf('Task', input.taskId, 'taskId') : null;
    return { virtualClass: await run(ctx, completeClass, { classId, taskId }) };
  }
}
