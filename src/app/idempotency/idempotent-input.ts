import { IsOptional } from 'class-validator';
import { Field, InputType, ObjectType } from 'type-graphql';
import { Chars } from '../../common/text';

const KEY_DESCRIPTION =
  'A key of your choosing (unique per user for a day) that makes the write safe to retry: a retry with the same key returns the first result and writes nothing.';

/**
 * Inputs of the writes a client may retry after an ambiguous failure (a timeout, a lost answer).
 * Registered so subclasses inherit the field; never referenced itself, so not in the printed schema.
 */
@InputType()
export abstract class IdempotentInput {
  @Field(() => String, { nullable: true, description: KEY_DESCRIPTION })
  @IsOptional()
  @Chars(1, 100)
  clientMutationId?: string | null;
}

/** Their payloads, which echo the key. */
@ObjectType()
export abstract class IdempotentPayload {
  @Field(() => String, { nullable: true, description: 'The clientMutationId of the input, if one was given.' })
  clientMutationId?: string | null;
}
