import { IdempotentPayload } from '../../app/idempotency/idempotent-input';
import { Field, ObjectType } from 'type-graphql';
import { MentorshipNote } from './mentorship-note.entity';
import { Mentorship } from './mentorship.entity';

@ObjectType()
export class RequestMentorshipPayload extends IdempotentPayload {
  @Field(() => Mentorship)
  mentorship!: Mentorship;
}

@ObjectType()
export class RespondToMentorshipPayload {
  @Field(() => Mentorship)
  mentorship!: Mentorship;
}

@ObjectType()
export class CompleteMentorshipPayload {
  @Field(() => Mentorship)
  mentorship!: Mentorship;
}

@ObjectType()
export class CancelMentorshipPayload {
  @Field(() => Mentorship)
  mentorship!: Mentorship;
}

@ObjectType()
export class AddMentorshipGoalPayload {
  @Field(() => Mentorship)
  mentorship!: Mentorship;
}

@ObjectType()
export class AddMentorshipNotePayload {
  @Field(() => Mentorship)
  mentorship!: Mentorship;

  @Field(() => MentorshipNote)
  note!: MentorshipNote;
}
