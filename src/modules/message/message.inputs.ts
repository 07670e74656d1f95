import { IdempotentInput, IdempotentPayload } from '../../app/idempotency/idempotent-input';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Mentorship } from '../mentorship/mentorship.entity';
import { User } from '../user/user.entity';
import { Message } from './message.entity';

export const MAX_MESSAGE_LENGTH = 4000;

@InputType({ description: 'A message to send in a mentorship.' })
export class SendMessageInput extends IdempotentInput {
  @Field(() => ID, { description: 'The active mentorship whose thread receives it.' })
  mentorshipId!: string;

  @Field({ description: `Trimmed; 1..${MAX_MESSAGE_LENGTH} characters after trimming.` })
  content!: string;
}

@InputType({ description: 'The thread to mark read.' })
export class MarkMessagesReadInput {
  @Field(() => ID, { description: 'The mentorship whose messages to the viewer are marked read.' })
  mentorshipId!: string;
}

@ObjectType({ description: 'The result of sendMessage.' })
export class SendMessagePayload extends IdempotentPayload {
  @Field(() => Message, { description: 'The message sent.' })
  message!: Message;
}

@ObjectType({ description: 'The result of markMessagesRead.' })
export class MarkMessagesReadPayload {
  @Field(() => Mentorship, { description: 'The mentorship.' })
  mentorship!: Mentorship;

  @Field(() => Int, { description: 'How many messages changed from unread to read.' })
  markedCount!: number;

  @Field(() => User, {
    description: 'The viewer, with unread totals as they are after the change (for client caches).',
  })
  viewer!: User;
}
