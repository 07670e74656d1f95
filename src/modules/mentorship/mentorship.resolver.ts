import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Info, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../app/context';
import { run } from '../../app/runner';
import { Auth } from '../../auth/auth.decorator';
import { AuthRule } from '../../auth/rules';
import { idOf } from '../../common/global-id';
import { ConnectionArgs, type ConnectionResult } from '../../common/pagination';
import { MentorshipConnection } from './mentorship.connection';
import { Mentorship } from './mentorship.entity';
import {
  AddMentorshipGoalInput,
  AddMentorshipNoteInput,
  CancelMentorshipInput,
  CompleteMentorshipInput,
  MentorshipFilter,
  RequestMentorshipInput,
  RespondToMentorshipInput,
} from './mentorship.inputs';
import {
  AddMentorshipGoalPayload,
  AddMentorshipNotePayload,
  CancelMentorshipPayload,
  CompleteMentorshipPayload,
  RequestMentorshipPayload,
  RespondToMentorshipPayload,
} from './mentorship.payloads';
import { mentorshipList } from './mentorship.queries';
import {
  addMentorshipGoal,
  addMentorshipNote,
  cancelMentorship,
  completeMentorship,
  requestMentorshipOnce,
  respondToMentorship,
} from './mentorship.service';

@Resolver(() => Mentorship)
export class MentorshipResolver {
  @Auth(AuthRule.USER)
  @Query(() => MentorshipConnection, {
    description: "The viewer's mentorships (as mentor or mentee), newest first; every mentorship for admins.",
  })
  async mentorships(
    @Args() args: ConnectionArgs,
    @Arg('filter', () => MentorshipFilter, { nullable: true, description: 'Conditions the mentorships must meet.' })
    filter: MentorshipFilter | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionResult<Mentorship>> {
    return ctx.loaders.reads.page(info, 'Mentorship', mentorshipList(ctx.db, ctx.actor, filter), args);
  }

  @Auth(AuthRule.USER)
  @Mutation(() => RequestMentorshipPayload, { description: 'Ask a mentor for mentorship (PENDING).' })
  async requestMentorship(
    @Arg('input', { description: 'The mentor and the goals.' }) input: RequestMentorshipInput,
    @Ctx() ctx: Context,
  ): Promise<RequestMentorshipPayload> {
    const mentorId = idOf('User', input.mentorId, 'mentorId');
    const { clientMutationId } = input;
    const command = { mentorId, goals: input.goals ?? [], clientMutationId };
    return { mentorship: await run(ctx, requestMentorshipOnce, command), clientMutationId };
  }

  @Auth(AuthRule.USER)
  @Mutation(() => RespondToMentorshipPayload, { description: 'The mentor accepts or declines a PENDING request.' })
  async respondToMentorship(
    @Arg('input', { description: 'The request and the answer.' }) input: RespondToMentorshipInput,
    @Ctx() ctx: Context,
  ): Promise<RespondToMentorshipPayload> {
    const mentorshipId = idOf('Mentorship', input.mentorshipId, 'mentorshipId');
    return { mentorship: await run(ctx, respondToMentorship, { mentorshipId, accept: input.accept }) };
  }

  @Auth(AuthRule.USER)
  @Mutation(() => CompleteMentorshipPayload, { description: 'Either member completes an ACTIVE mentorship.' })
  async completeMentorship(
    @Arg('input', { description: 'The mentorship to complete.' }) input: CompleteMentorshipInput,
    @Ctx() ctx: Context,
  ): Promise<CompleteMentorshipPayload> {
    const mentorshipId = idOf('Mentorship', input.mentorshipId, 'mentorshipId');
    return { mentorship: await run(ctx, completeMentorship, { mentorshipId }) };
  }

  @Auth(AuthRule.USER)
  @Mutation(() => CancelMentorshipPayload, { description: 'The mentee withdraws a PENDING request.' })
  async cancelMentorship(
    @Arg('input', { description: 'The request to withdraw.' }) input: CancelMentorshipInput,
    @Ctx() ctx: Context,
  ): Promise<CancelMentorshipPayload> {
    const mentorshipId = idOf('Mentorship', input.mentorshipId, 'mentorshipId');
    return { mentorship: await run(ctx, cancelMentorship, { mentorshipId }) };
  }

  @Auth(AuthRule.USER)
  @Mutation(() => AddMentorshipGoalPayload, { description: 'A member adds a goal to a PENDING or ACTIVE mentorship.' })
  async addMentorshipGoal(
    @Arg('input', { description: 'The mentorship and the goal.' }) input: AddMentorshipGoalInput,
    @Ctx() ctx: Context,
  ): Promise<AddMentorshipGoalPayload> {
    const mentorshipId = idOf('Mentorship', input.mentorshipId, 'mentorshipId');
    return { mentorship: await run(ctx, addMentorshipGoal, { mentorshipId, goal: input.goal }) };
  }

  @Auth(AuthRule.USER)
  @Mutation(() => AddMentorshipNotePayload, { description: 'A member adds a note to the mentorship.' })
  async addMentorshipNote(
    @Arg('input', { description: 'The mentorship and the note.' }) input: AddMentorshipNoteInput,
    @Ctx() ctx: Context,
  ): Promise<AddMentorshipNotePayload> {
    const mentorshipId = idOf('Mentorship', input.mentorshipId, 'mentorshipId');
    return run(ctx, addMentorshipNote, { mentorshipId, body: input.body });
  }
}
