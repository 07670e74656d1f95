import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context';
import { Auth } from '../../auth/auth.decorator';
import { AuthRule } from '../../auth/rules';
import { requireActor } from '../../auth/actor';
import { ConnectionArgs, connectionType, type ConnectionResult } from '../../common/pagination';
import { ForbiddenError } from '../../errors/app-error';
import { isMember } from '../mentorship/mentorship.access';
import { Mentorship } from '../mentorship/mentorship.entity';
import { User } from '../user/user.entity';
import { Message } from './message.entity';
import { MessageReason } from './message.reasons';

export const MessageConnection = connectionType(Message);

/** Threads are private: admins can see a mentorship, but not what its members wrote to each other. */
function requireMember(m: Mentorship, ctx: Context): void {
  if (!isMember(m, requireActor(ctx.actor).userId)) {
    throw new ForbiddenError(MessageReason.NOT_A_MEMBER, 'Only the members can read this thread');
  }
}

@Resolver(() => Mentorship)
export class MentorshipMessagesResolver {
  @FieldResolver(() => MessageConnection, {
    description: 'The thread, newest first. Only the two members may read it (admins get FORBIDDEN).',
  })
  messages(
    @Root() m: Mentorship,
    @Args({ validate: false }) _args: ConnectionArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): ConnectionResult<Message> | Promise<ConnectionResult<Message>> {
    requireMember(m, ctx);
    return ctx.loaders.reads.relation(m, info);
  }

  @FieldResolver(() => Message, {
    nullable: true,
    description:
      'The newest message of the thread, for an inbox; null before the first. Members only, like the thread.',
  })
  lastMessage(
    @Root() m: Mentorship,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Message | null | Promise<Message | null> {
    requireMember(m, ctx);
    return ctx.loaders.reads.relation(m, info);
  }

  @FieldResolver(() => Date, {
    nullable: true,
    description: 'When the newest message was sent (null before the first), for sorting an inbox.',
  })
  lastMessageAt(
    @Root() m: Mentorship,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Date | null | Promise<Date | null> {
    return ctx.loaders.reads.relation(m, info);
  }

  @FieldResolver(() => Int, { description: 'Messages to the viewer not read yet (0 when the viewer is not a member).' })
  unreadCount(@Root() m: Mentorship, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): number | Promise<number> {
    requireActor(ctx.actor);
    return ctx.loaders.reads.relation(m, info);
  }
}

@Resolver(() => User)
export class UserMessagesResolver {
  @Auth(AuthRule.SELF_OR_ADMIN)
  @FieldResolver(() => Int, {
    description: 'Unread messages addressed to this user, in all mentorships.',
  })
  unreadMessageCount(
    @Root() user: User,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): number | Promise<number> {
    return ctx.loaders.reads.relation(user, info);
  }
}
