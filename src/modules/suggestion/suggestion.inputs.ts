import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Mentorship } from '../mentorship/mentorship.entity';
import { Suggestion } from './suggestion.entity';

@InputType({ description: "The mentee's answer to a suggestion." })
export class RespondToSuggestionInput {
  @Field(() => ID, { description: 'The suggestion to answer.' })
  suggestionId!: string;

  @Field({ description: 'true requests a mentorship with the suggested mentor; false hides that mentor for good.' })
  accept!: boolean;
}

@ObjectType({ description: 'The result of generateSuggestions.' })
export class GenerateSuggestionsPayload {
  @Field(() => [Suggestion], { description: 'The best ten, by shared skills, then fewer active mentees.' })
  suggestions!: Suggestion[];
}

@ObjectType({ description: 'The result of respondToSuggestion.' })
export class RespondToSuggestionPayload {
  @Field(() => Suggestion, { description: 'The suggestion, ACCEPTED or DECLINED.' })
  suggestion!: Suggestion;

  @Field(() => Mentorship, { nullable: true, description: 'The PENDING request created on accept; null on decline.' })
  mentorship!: Mentorship | null;
}
