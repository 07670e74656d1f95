import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context';
import { Auth } from '../../auth/auth.decorator';
import { AuthRule } from '../../auth/rules';
import { requireViewer } from '../../auth/viewer';
import { idOf } from '../../common/global-id';
import { connectionType, type ConnectionResult } from '../../common/pagination';
import { NotFoundError } from '../../errors/app-error';
import { Skill } from '../skill/skill.entity';
import { User } from '../user/user.entity';
import { MentorApplication } from './mentor-application.entity';
import {
  ApplyForMentorInput,
  ApplyForMentorPayload,
  MentorApplicationsArgs,
  ReviewMentorApplicationInput,
  ReviewMentorApplicationPayload,
} from './mentor-application.inputs';
import { reviewMentorApplication } from './mentor-application-review.service';
import { applyForMentor, listMentorApplications } from './mentor-application.service';

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
    return listMentorApplications(ctx.db, requireViewer(ctx).id, ctx.actor.roles, args, args.status ?? null);
  }

  @Auth(AuthRule.USER)
  @Mutation(() => ApplyForMentorPayload, { description: 'Applies for the MENTOR role; an admin reviews it.' })
  async applyForMentor(@Arg('input') input: ApplyForMentorInput, @Ctx() ctx: Context): Promise<ApplyForMentorPayload> {
    const skillIds = input.skillIds.map((id) => idOf('Skill', id, 'skillIds'));
    const application = await applyForMentor(ctx.db, requireViewer(ctx).id, ctx.actor.roles, { ...input, skillIds });
    return { application };
  }

  @Auth(AuthRule.ADMIN)
  @Mutation(() => ReviewMentorApplicationPayload, {
    description: 'Approves (granting MENTOR) or rejects a PENDING mentor application.',
  })
  async reviewMentorApplication(
    @Arg('input') input: ReviewMentorApplicationInput,
    @Ctx() ctx: Context,
  ): Promise<ReviewMentorApplicationPayload> {
    const reviewer = requireViewer(ctx);
    const applicationId = idOf('MentorApplication', input.applicationId, 'applicationId');
    const application = await reviewMentorApplication(
      ctx.db,
      { ...ctx.actor, actorId: reviewer.id },
      { applicationId, approve: input.approve, reason: input.reason?.trim() || null },
      ctx.actor.now,
    );
    // The applicant's roles, badges and notifications changed; later fields of this request must see it.
    ctx.loaders.rolesByUserId.clear(application.applicantId);
    ctx.loaders.earnedBadgesByUserId.clear(application.applicantId);
    ctx.loaders.unreadNotificationCountByUserId.clear(application.applicantId);
    ctx.loaders.mentorApplicationById.clear(application.id);
    return { application };
  }

  @FieldResolver(() => User)
  async applicant(@Root() application: MentorApplication, @Ctx() ctx: Context): Promise<User> {
    const user = await ctx.loaders.userById.load(application.applicantId);
    if (!user) throw new NotFoundError('User');
    return user;
  }

  @FieldResolver(() => User, { nullable: true })
  async reviewedBy(@Root() application: MentorApplication, @Ctx() ctx: Context): Promise<User | null> {
    return application.reviewedById ? ctx.loaders.userById.load(application.reviewedById) : null;
  }

  @FieldResolver(() => [Skill])
  async skills(@Root() application: MentorApplication, @Ctx() ctx: Context): Promise<Skill[]> {
    return ctx.loaders.skillsByMentorApplicationId.load(application.id);
  }
}
