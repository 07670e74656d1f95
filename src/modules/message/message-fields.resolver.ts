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
    // Threads are private: admins can see a mentorship, but not what its members wrote to each other.
    if (!isMember(m, requireActor(ctx.actor).userId)) {
      throw new ForbiddenError(MessageReason.NOT_A_MEMBER, 'Only the members can read this thread');
    }
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
    nullable: true,
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
