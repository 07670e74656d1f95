import { IdempotentInput, IdempotentPayload } from '../../app/idempotency/idempotent-input';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Mentorship } from '../mentorship/mentorship.entity';
import { User } from '../user/user.entity';
import { Message } from './message.entity';

export const MAX_MESSAGE_LENGTH = 4000;

@InputType()
export class SendMessageInput extends IdempotentInput {
  @Field(() => ID)
  mentorshipId!: string;

  @Field({ description: `Trimmed; 1..${MAX_MESSAGE_LENGTH} characters after trimming.` })
  content!: string;
}

@InputType()
export class MarkMessagesReadInput {
  @Field(() => ID)
  mentorshipId!: string;
}

@ObjectType()
export class SendMessagePayload extends IdempotentPayload {
  @Field(() => Message)
  message!: Message;
}

@ObjectType()
export class MarkMessagesReadPayload {
  @Field(() => Mentorship)
  mentorship!: Mentorship;

  @Field(() => Int, { description: 'How many messages changed from unread to read.' })
  markedCount!: number;

  @Field(() => User, {
    description: 'The viewer, with unread totals as they are after the change (for client caches).',
  })
  viewer!: User;
}
