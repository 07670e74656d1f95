import { IdempotentInput } from '../../app/idempotency/idempotent-input';
import { ArrayMaxSize, IsOptional } from 'class-validator';
import { Chars } from '../../common/text';
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { MentorshipStatus } from './mentorship.entity';

export const MAX_GOALS = 20;
export const MAX_GOAL_LENGTH = 500;
export const MAX_NOTE_LENGTH = 4000;

/** Which side of a mentorship the viewer is on. */
export enum MentorshipSide {
  MENTOR = 'MENTOR',
  MENTEE = 'MENTEE',
}
registerEnumType(MentorshipSide, { name: 'MentorshipSide', description: "The viewer's side of a mentorship." });

@InputType()
export class MentorshipFilter {
  @Field(() => MentorshipStatus, { nullable: true })
  status?: MentorshipStatus | null;

  @Field(() => MentorshipSide, { nullable: true, description: 'Only mentorships where the viewer is on this side.' })
  role?: MentorshipSide | null;
}

@InputType()
export class RequestMentorshipInput extends IdempotentInput {
  @Field(() => ID, { description: 'The mentor asked; must hold an effective MENTOR role and be active.' })
  mentorId!: string;

  @Field(() => [String], {
    nullable: true,
    description: `Up to ${MAX_GOALS} goals, 1..${MAX_GOAL_LENGTH} characters each.`,
  })
  @IsOptional()
  @ArrayMaxSize(MAX_GOALS)
  @Chars(1, MAX_GOAL_LENGTH, { each: true })
  goals?: string[] | null;
}

@InputType()
export class RespondToMentorshipInput {
  @Field(() => ID)
  mentorshipId!: string;

  @Field({ description: 'true accepts (ACTIVE), false declines (DECLINED).' })
  accept!: boolean;
}

@InputType()
export class CompleteMentorshipInput {
  @Field(() => ID)
  mentorshipId!: string;
}

@InputType()
export class CancelMentorshipInput {
  @Field(() => ID)
  mentorshipId!: string;
}

@InputType()
export class AddMentorshipGoalInput {
  @Field(() => ID)
  mentorshipId!: string;

  @Field({ description: `1..${MAX_GOAL_LENGTH} characters (trimmed).` })
  @Chars(1, MAX_GOAL_LENGTH)
  goal!: string;
}

@InputType()
export class AddMentorshipNoteInput {
  @Field(() => ID)
  mentorshipId!: string;

  @Field({ description: `1..${MAX_NOTE_LENGTH} characters (trimmed).` })
  @Chars(1, MAX_NOTE_LENGTH)
  body!: string;
}
