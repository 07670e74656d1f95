import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../app/context';
import { Auth } from '../../auth/auth.decorator';
import { AuthRule } from '../../auth/rules';
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
import { bookClass, joinClass, leaveClass } from './virtual-class.service';

@Resolver()
export class VirtualClassMutationResolver {
  @Auth(AuthRule.USER)
  @Mutation(() => BookClassPayload, { description: 'Books a class hosted by the caller.' })
  async bookClass(@Arg('input') input: BookClassInput, @Ctx() ctx: Context): Promise<BookClassPayload> {
    return { virtualClass: await bookClass(ctx, input) };
  }

  @Auth(AuthRule.USER)
  @Mutation(() => JoinClassPayload, {
    description:
      'Joins a scheduled class before it starts. CONFLICT when full, not scheduled, started or already joined.',
  })
  async joinClass(@Arg('input') input: JoinClassInput, @Ctx() ctx: Context): Promise<JoinClassPayload> {
    return joinClass(ctx, input.classId);
  }

  @Auth(AuthRule.USER)
  @Mutation(() => LeaveClassPayload, { description: 'Leaves a class before it starts; the host cancels instead.' })
  async leaveClass(@Arg('input') input: LeaveClassInput, @Ctx() ctx: Context): Promise<LeaveClassPayload> {
    return { virtualClass: await leaveClass(ctx, input.classId) };
  }

  @Auth(AuthRule.USER)
  @Mutation(() => CancelClassPayload, { description: 'The host or an admin cancels a scheduled class.' })
  async cancelClass(@Arg('input') input: CancelClassInput, @Ctx() ctx: Context): Promise<CancelClassPayload> {
    return { virtualClass: await cancelClass(ctx, input.classId, input.reason ?? null) };
  }

  @Auth(AuthRule.USER)
  @Mutation(() => CompleteClassPayload, {
    description: "Uploads a class's activity: an admin, or the host holding a mentor role.",
  })
  async completeClass(@Arg('input') input: CompleteClassInput, @Ctx() ctx: Context): Promise<CompleteClassPayload> {
    return { virtualClass: await completeClass(ctx, input.classId, input.taskId ?? null) };
  }
}
