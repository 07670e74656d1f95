import { IdempotentInput, IdempotentPayload } from '../../app/idempotency/idempotent-input';
import { ArrayMaxSize, ArrayMinSize, IsOptional } from 'class-validator';
import { Chars } from '../../common/text';
import { ArgsType, Field, ID, InputType, ObjectType } from 'type-graphql';
import { ConnectionArgs } from '../../common/pagination';
import { MentorApplication, MentorApplicationStatus } from './mentor-application.entity';

@ArgsType()
export class MentorApplicationsArgs extends ConnectionArgs {
  @Field(() => MentorApplicationStatus, { nullable: true, description: 'Only applications with this status.' })
  status?: MentorApplicationStatus | null;
}

@InputType({ description: 'An application for the MENTOR role.' })
export class ApplyForMentorInput extends IdempotentInput {
  @Field({ description: 'Why you want to mentor, 20..4000 characters.' })
  @Chars(20, 4000)
  motivation!: string;

  @Field(() => [ID], { description: 'The skills you would mentor in, 1..10.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  skillIds!: string[];

  @Field({ description: 'Your experience in those skills, 1..4000 characters.' })
  @Chars(1, 4000)
  experience!: string;
}

@InputType({ description: 'The decision on a pending mentor application.' })
export class ReviewMentorApplicationInput {
  @Field(() => ID, { description: 'The application to review.' })
  applicationId!: string;

  @Field({ description: 'True approves (and grants MENTOR), false rejects.' })
  approve!: boolean;

  @Field(() => String, { nullable: true, description: 'Shown to the applicant and kept in the audit log.' })
  @IsOptional()
  @Chars(1, 2000)
  reason?: string | null;
}

@ObjectType({ description: 'The result of applyForMentor.' })
export class ApplyForMentorPayload extends IdempotentPayload {
  @Field(() => MentorApplication, { description: 'The application, PENDING.' })
  application!: MentorApplication;
}

@ObjectType({ description: 'The result of reviewMentorApplication.' })
export class ReviewMentorApplicationPayload {
  @Field(() => MentorApplication, { description: 'The application, APPROVED or REJECTED.' })
  application!: MentorApplication;
}
