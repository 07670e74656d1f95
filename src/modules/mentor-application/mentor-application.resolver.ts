import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context';
import { run } from '../../app/runner';
import { Auth } from '../../auth/auth.decorator';
import { AuthRule } from '../../auth/rules';
import { idOf } from '../../common/global-id';
import { connectionType, type ConnectionResult } from '../../common/pagination';
import { Skill } from '../skill/skill.entity';
import { User } from '../user/user.entity';
import { loadUser } from '../user/user.loading';
import { MentorApplication } from './mentor-application.entity';
import {
  ApplyForMentorInput,
  ApplyForMentorPayload,
  MentorApplicationsArgs,
  ReviewMentorApplicationInput,
  ReviewMentorApplicationPayload,
} from './mentor-application.inputs';
import { reviewMentorApplication } from './mentor-application-review.service';
import { applyForMentorOnce, listMentorApplications } from './mentor-application.service';

export const MentorApplicationConnection = connectionType(MentorApplication);

@Resolver(() => MentorApplication)
export class MentorApplicationResolver {
  @Auth(AuthRule.USER)
  @Query(() => MentorApplicationConnection, {
    description: 'Mentor applications, newest first: every one for admins, your own otherwise.',
  })
  async mentorApplications(
    @Args() args: MentorApplicationsArgs,
    @Ctx() ctx: Context,
  ): Promise<ConnectionResult<MentorApplication>> {
    return listMentorApplications(ctx.db, ctx.actor, args, args.status ?? null);
  }

  @Auth(AuthRule.USER)
  @Mutation(() => ApplyForMentorPayload, { description: 'Applies for the MENTOR role; an admin reviews it.' })
  async applyForMentor(
    @Arg('input', { description: 'The application.' }) input: ApplyForMentorInput,
    @Ctx() ctx: Context,
  ): Promise<ApplyForMentorPayload> {
    const skillIds = input.skillIds.map((id) => idOf('Skill', id, 'skillIds'));
    const { motivation, experience, clientMutationId } = input;
    const command = { motivation, skillIds, experience, clientMutationId };
    return { application: await run(ctx, applyForMentorOnce, command), clientMutationId };
  }

  @Auth(AuthRule.ADMIN)
  @Mutation(() => ReviewMentorApplicationPayload, {
    description: 'Approves (granting MENTOR) or rejects a PENDING mentor application.',
  })
  async reviewMentorApplication(
    @Arg('input', { description: 'The application and the decision.' }) input: ReviewMentorApplicationInput,
    @Ctx() ctx: Context,
  ): Promise<ReviewMentorApplicationPayload> {
    const applicationId = idOf('MentorApplication', input.applicationId, 'applicationId');
    const reason = input.reason?.trim() || null;
    return { application: await run(ctx, reviewMentorApplication, { applicationId, approve: input.approve, reason }) };
  }

  @FieldResolver(() => User, { description: 'Who applied.' })
  async applicant(@Root() application: MentorApplication, @Ctx() ctx: Context): Promise<User> {
    return loadUser(ctx, application.applicantId);
  }

  @FieldResolver(() => User, { nullable: true, description: 'The admin who reviewed it; null while pending.' })
  async reviewedBy(@Root() application: MentorApplication, @Ctx() ctx: Context): Promise<User | null> {
    return application.reviewedById ? ctx.loaders.userById.load(application.reviewedById) : null;
  }

  @FieldResolver(() => [Skill], { description: 'The skills the applicant would mentor in.' })
  async skills(@Root() application: MentorApplication, @Ctx() ctx: Context): Promise<Skill[]> {
    return ctx.loaders.skillsByMentorApplicationId.load(application.id);
  }
}
