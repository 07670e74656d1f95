import { IdempotentInput } from '../../app/idempotency/idempotent-input';
import { IsEnum, IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { Chars, MaxChars } from '../../common/text';
import { URLResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import { ClassStatus, ClassType } from './virtual-class.entity';

@InputType({ description: 'Narrows the class list; all given conditions must hold.' })
export class VirtualClassFilter {
  @Field(() => ClassStatus, {
    nullable: true,
    description: 'As read now: PENDING = scheduled and ended; SCHEDULED = scheduled and not ended yet.',
  })
  status?: ClassStatus | null;

  @Field(() => Date, { nullable: true, description: 'Classes starting at or after this time.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Classes starting before this time (exclusive).' })
  to?: Date | null;

  @Field(() => ID, { nullable: true, description: 'Classes hosted by this user.' })
  hostId?: string | null;
}

@InputType({ description: 'A class to book, hosted by the caller.' })
export class BookClassInput extends IdempotentInput {
  @Field({ description: 'Title, 1..200 characters.' })
  @IsString()
  @Chars(1, 200)
  title!: string;

  @Field({ description: 'When the class starts; must be in the future.' })
  startsAt!: Date;

  @Field(() => Int, { description: 'Length in minutes, 1..1440.' })
  @IsInt()
  @Min(1)
  @Max(1440)
  durationMinutes!: number;

  @Field(() => ClassType, { description: 'Individual or group class.' })
  @IsEnum(ClassType)
  classType!: ClassType;

  @Field(() => Int, {
    nullable: true,
    description: 'Everyone in the class, host included: GRUPAL 2..50 (default 10); INDIVIDUAL is always 1.',
  })
  @IsOptional()
  @IsInt()
  maxParticipants?: number | null;

  @Field(() => URLResolver, { nullable: true, description: 'http(s) link to the meeting.' })
  meetingUrl?: URL | null;
}

@InputType({ description: 'The class to join.' })
export class JoinClassInput extends IdempotentInput {
  @Field(() => ID, { description: 'The class to join.' })
  classId!: string;
}

@InputType({ description: 'The class to leave.' })
export class LeaveClassInput {
  @Field(() => ID, { description: 'The class to leave.' })
  classId!: string;
}

@InputType({ description: 'The class to cancel, and why.' })
export class CancelClassInput {
  @Field(() => ID, { description: 'The class to cancel.' })
  classId!: string;

  @Field(() => String, { nullable: true, description: 'Why, up to 1000 characters; shown to the participants.' })
  @IsOptional()
  @IsString()
  @MaxChars(1000)
  reason?: string | null;
}

@InputType({ description: 'The class whose activity is uploaded, and the task it assigns.' })
export class CompleteClassInput {
  @Field(() => ID, { description: 'The class to complete.' })
  classId!: string;

  @Field(() => ID, { nullable: true, description: "A task to attach to every member's activity." })
  taskId?: string | null;
}
