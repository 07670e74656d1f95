import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Info, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context';
import { run } from '../../app/runner';
import { requireViewer } from '../../auth/viewer';
import { Auth } from '../../auth/auth.decorator';
import { AuthRule } from '../../auth/rules';
import { idOf } from '../../common/global-id';
import { Mentorship } from '../mentorship/mentorship.entity';
import { User } from '../user/user.entity';
import { MarkMessagesReadInput, MarkMessagesReadPayload, SendMessageInput, SendMessagePayload } from './message.inputs';
import { Message } from './message.entity';
import { markMessagesRead, sendMessageOnce } from './message.service';

@Resolver(() => Message)
export class MessageResolver {
  @Auth(AuthRule.USER)
  @Mutation(() => SendMessagePayload, { description: 'A member posts to an ACTIVE mentorship.' })
  async sendMessage(
    @Arg('input', { description: 'The mentorship and the text.' }) input: SendMessageInput,
    @Ctx() ctx: Context,
  ): Promise<SendMessagePayload> {
    const mentorshipId = idOf('Mentorship', input.mentorshipId, 'mentorshipId');
    const { content, clientMutationId } = input;
    return { message: await run(ctx, sendMessageOnce, { mentorshipId, content, clientMutationId }), clientMutationId };
  }

  @Auth(AuthRule.USER)
  @Mutation(() => MarkMessagesReadPayload, { description: 'Marks every message to the viewer in a mentorship read.' })
  async markMessagesRead(
    @Arg('input', { description: 'The thread to mark read.' }) input: MarkMessagesReadInput,
    @Ctx() ctx: Context,
  ): Promise<MarkMessagesReadPayload> {
    const mentorshipId = idOf('Mentorship', input.mentorshipId, 'mentorshipId');
    const result = await run(ctx, markMessagesRead, { mentorshipId });
    // Its counts are read after the run (the loaders start empty), so they are the committed ones.
    return { ...result, viewer: requireViewer(ctx) };
  }

  @FieldResolver(() => User, { description: 'The member who sent it.' })
  sender(@Root() message: Message, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): User | Promise<User> {
    return ctx.loaders.reads.required(message, info, 'User');
  }

  @FieldResolver(() => Mentorship, { description: 'The mentorship whose thread it is in.' })
  mentorship(
    @Root() message: Message,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Mentorship | Promise<Mentorship> {
    return ctx.loaders.reads.required(message, info, 'Mentorship');
  }
}
