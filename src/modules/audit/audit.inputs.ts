import { IsOptional } from 'class-validator';
import { MaxChars } from '../../common/text';
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'Narrows the audit log; all given conditions must hold.' })
export class AuditLogFilter {
  @Field(() => ID, { nullable: true, description: 'The user who acted.' })
  @IsOptional()
  actorId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The global id of the record acted on (any type).' })
  @IsOptional()
  targetId?: string | null;

  @Field(() => String, { nullable: true, description: 'Exact action name, e.g. role.assign.' })
  @IsOptional()
  @MaxChars(64)
  action?: string | null;

  @Field(() => Date, { nullable: true, description: 'Entries at or after this time.' })
  @IsOptional()
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Entries at or before this time.' })
  @IsOptional()
  to?: Date | null;
}
