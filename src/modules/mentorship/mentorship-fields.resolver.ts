import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context';
import { Auth } from '../../auth/auth.decorator';
import { AuthRule } from '../../auth/rules';
import { ConnectionArgs, type ConnectionResult } from '../../common/pagination';
import { ForbiddenError, NotFoundError } from '../../errors/app-error';
import { User } from '../user/user.entity';
import { loadUser } from '../user/user.loading';
import { canSeeMentorship } from './mentorship.access';
import { MentorshipConnection } from './mentorship.connection';
import { MentorshipReason } from './mentorship.reasons';
import { MentorshipNote } from './mentorship-note.entity';
import { Mentorship } from './mentorship.entity';

@Resolver(() => Mentorship)
export class MentorshipFieldsResolver {
  @FieldResolver(() => User, { description: 'The mentor.' })
  mentor(@Root() m: Mentorship, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): User | Promise<User> {
    return ctx.loaders.reads.required(m, info, 'User');
  }

  @FieldResolver(() => User, { description: 'The mentee, who asked for the mentorship.' })
  mentee(@Root() m: Mentorship, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): User | Promise<User> {
    return ctx.loaders.reads.required(m, info, 'User');
  }

  @FieldResolver(() => [MentorshipNote], { description: 'Notes of the members, oldest first (members and admins).' })
  async notes(@Root() m: Mentorship, @Ctx() ctx: Context): Promise<MentorshipNote[]> {
    if (!canSeeMentorship(m, ctx.actor))
      throw new ForbiddenError(MentorshipReason.NOT_A_MEMBER, 'Only the members and admins see the notes');
    return ctx.loaders.notesByMentorshipId.load(m.id);
  }
}

@Resolver(() => MentorshipNote)
export class MentorshipNoteFieldsResolver {
  @FieldResolver(() => User, { description: 'The member who wrote the note.' })
  async author(@Root() note: MentorshipNote, @Ctx() ctx: Context): Promise<User> {
    return loadUser(ctx, note.authorId);
  }

  @FieldResolver(() => Mentorship, { description: 'The mentorship the note is on.' })
  async mentorship(@Root() note: MentorshipNote, @Ctx() ctx: Context): Promise<Mentorship> {
    const mentorship = await ctx.loaders.mentorshipById.load(note.mentorshipId);
    if (!mentorship) throw new NotFoundError('Mentorship');
    return mentorship;
  }
}

@Resolver(() => User)
export class UserMentorshipsResolver {
  @Auth(AuthRule.SELF_OR_ADMIN)
  @FieldResolver(() => MentorshipConnection, {
    description: "This user's mentorships (either side), newest first.",
  })
  mentorships(
    @Root() user: User,
    @Args({ validate: false }) _args: ConnectionArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): ConnectionResult<Mentorship> | Promise<ConnectionResult<Mentorship>> {
    return ctx.loaders.reads.relation(user, info);
  }
}
