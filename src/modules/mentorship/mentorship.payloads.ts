import { IdempotentPayload } from '../../app/idempotency/idempotent-input';
import { Field, ObjectType } from 'type-graphql';
import { MentorshipNote } from './mentorship-note.entity';
import { Mentorship } from './mentorship.entity';

@ObjectType({ description: 'The result of requestMentorship.' })
export class RequestMentorshipPayload extends IdempotentPayload {
  @Field(() => Mentorship, { description: 'The request, PENDING.' })
  mentorship!: Mentorship;
}

@ObjectType({ description: 'The result of respondToMentorship.' })
export class RespondToMentorshipPayload {
  @Field(() => Mentorship, { description: 'The mentorship, ACTIVE or DECLINED.' })
  mentorship!: Mentorship;
}

@ObjectType({ description: 'The result of completeMentorship.' })
export class CompleteMentorshipPayload {
  @Field(() => Mentorship, { description: 'The mentorship, COMPLETED.' })
  mentorship!: Mentorship;
}

@ObjectType({ description: 'The result of cancelMentorship.' })
export class CancelMentorshipPayload {
  @Field(() => Mentorship, { description: 'The mentorship, CANCELLED.' })
  mentorship!: Mentorship;
}

@ObjectType({ description: 'The result of addMentorshipGoal.' })
export class AddMentorshipGoalPayload {
  @Field(() => Mentorship, { description: 'The mentorship, with the goal added last.' })
  mentorship!: Mentorship;
}

@ObjectType({ description: 'The result of addMentorshipNote.' })
export class AddMentorshipNotePayload {
  @Field(() => Mentorship, { description: 'The mentorship.' })
  mentorship!: Mentorship;

  @Field(() => MentorshipNote, { description: 'The note added.' })
  note!: MentorshipNote;
}
