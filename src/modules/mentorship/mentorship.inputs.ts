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
registerEnumType(MentorshipSide, {
  name: 'MentorshipSide',
  description: "The viewer's side of a mentorship.",
  valuesConfig: {
    MENTOR: { description: 'The viewer is the mentor.' },
    MENTEE: { description: 'The viewer is the mentee.' },
  },
});

@InputType({ description: 'Narrows the mentorship list; all given conditions must hold.' })
export class MentorshipFilter {
  @Field(() => MentorshipStatus, { nullable: true, description: 'Only mentorships with this status.' })
  status?: MentorshipStatus | null;

  @Field(() => MentorshipSide, { nullable: true, description: 'Only mentorships where the viewer is on this side.' })
  role?: MentorshipSide | null;
}

@InputType({ description: 'A mentorship request to a mentor.' })
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

@InputType({ description: "The mentor's answer to a pending request." })
export class RespondToMentorshipInput {
  @Field(() => ID, { description: 'The pending mentorship.' })
  mentorshipId!: string;

  @Field({ description: 'true accepts (ACTIVE), false declines (DECLINED).' })
  accept!: boolean;
}

@InputType({ description: 'The mentorship to complete.' })
export class CompleteMentorshipInput {
  @Field(() => ID, { description: 'The active mentorship.' })
  mentorshipId!: string;
}

@InputType({ description: 'The request to withdraw.' })
export class CancelMentorshipInput {
  @Field(() => ID, { description: 'The pending mentorship.' })
  mentorshipId!: string;
}

@InputType({ description: 'A goal to add to a mentorship.' })
export class AddMentorshipGoalInput {
  @Field(() => ID, { description: 'The pending or active mentorship.' })
  mentorshipId!: string;

  @Field({ description: `1..${MAX_GOAL_LENGTH} characters (trimmed).` })
  @Chars(1, MAX_GOAL_LENGTH)
  goal!: string;
}

@InputType({ description: 'A note to add to a mentorship.' })
export class AddMentorshipNoteInput {
  @Field(() => ID, { description: 'The mentorship.' })
  mentorshipId!: string;

  @Field({ description: `1..${MAX_NOTE_LENGTH} characters (trimmed).` })
  @Chars(1, MAX_NOTE_LENGTH)
  body!: string;
}
