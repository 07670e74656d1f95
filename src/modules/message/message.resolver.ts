import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context';
import { Auth } from '../../auth/auth.decorator';
import { AuthRule } from '../../auth/rules';
import { requireViewer } from '../../auth/viewer';
import { idOf } from '../../common/global-id';
import { NotFoundError } from '../../errors/app-error';
import { actorOf } from '../mentorship/mentorship.access';
import { Mentorship } from '../mentorship/mentorship.entity';
import { User } from '../user/user.entity';
import { MarkMessagesReadInput, MarkMessagesReadPayload, SendMessageInput, SendMessagePayload } from './message.inputs';
import { Message } from './message.entity';
import { markMessagesRead, sendMessage } from './message.service';

/** Drops what this request's loaders cached about a mentorship's thread after it changed. */
function forgetThread(ctx: Context, m: Pick<Mentorship, 'id' | 'mentorId' | 'menteeId'>): void {
  ctx.loaders.messagePagesByMentorshipId.clear(m.id);
  ctx.loaders.unreadCountsBySenderOfMentorship.clear(m.id);
  ctx.loaders.unreadMessageCountByUserId.clear(m.mentorId).clear(m.menteeId);
}

@Resolver(() => Message)
export class MessageResolver {
  @Auth(AuthRule.USER)
  @Mutation(() => SendMessagePayload, { description: 'A member posts to an ACTIVE mentorship.' })
  async sendMessage(@Arg('input') input: SendMessageInput, @Ctx() ctx: Context): Promise<SendMessagePayload> {
    const mentorshipId = idOf('Mentorship', input.mentorshipId, 'mentorshipId');
    const sender = { ...actorOf(ctx), messagingDisabled: requireViewer(ctx).messagingDisabled };
    const { message, mentorship } = await sendMessage(ctx.db, sender, mentorshipId, input.content);
    forgetThread(ctx, mentorship);
    return { message };
  }

  @Auth(AuthRule.USER)
  @Mutation(() => MarkMessagesReadPayload, { description: 'Marks every message to the viewer in a mentorship read.' })
  async markMessagesRead(
    @Arg('input') input: MarkMessagesReadInput,
    @Ctx() ctx: Context,
  ): Promise<MarkMessagesReadPayload> {
    const mentorshipId = idOf('Mentorship', input.mentorshipId, 'mentorshipId');
    const result = await markMessagesRead(ctx.db, actorOf(ctx), mentorshipId);
    forgetThread(ctx, result.mentorship);
    return result;
  }

  @FieldResolver(() => User)
  async sender(@Root() message: Message, @Ctx() ctx: Context): Promise<User> {
    const user = await ctx.loaders.userById.load(message.senderId);
    if (!user) throw new NotFoundError('User');
    return user;
  }

  @FieldResolver(() => Mentorship)
  async mentorship(@Root() message: Message, @Ctx() ctx: Context): Promise<Mentorship> {
    const mentorship = await ctx.loaders.mentorshipById.load(message.mentorshipId);
    if (!mentorship) throw new NotFoundError('Mentorship');
    return mentorship;
  }
}
