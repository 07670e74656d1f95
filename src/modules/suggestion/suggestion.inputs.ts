import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Mentorship } from '../mentorship/mentorship.entity';
import { Suggestion } from './suggestion.entity';

@InputType()
export class RespondToSuggestionInput {
  @Field(() => ID)
  suggestionId!: string;

  @Field({ description: 'true requests a mentorship with the suggested mentor; false hides that mentor for good.' })
  accept!: boolean;
}

@ObjectType()
export class GenerateSuggestionsPayload {
  @Field(() => [Suggestion], { description: 'The best ten, by shared skills, then fewer active mentees.' })
  suggestions!: Suggestion[];
}

@ObjectType()
export class RespondToSuggestionPayload {
  @Field(() => Suggestion)
  suggestion!: Suggestion;

  @Field(() => Mentorship, { nullable: true, description: 'The PENDING request created on accept; null on decline.' })
  mentorship!: Mentorship | null;
}
