import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';

import type { Context } from '../../app/context';

import { run } from '../../app/runner';

import { Auth } from '../../auth/auth.decorator';

import { AuthRule } from '../../auth/rules';

import { idOf } from '../../common/global-id';

import { ConnectionArgs, connectionType, type ConnectionResult } from '../../common/pagination';

import { Skill } from '../skill/skill.entity';

import { User } from '../user/user.entity';
import { loadUser } from '../user/user.loading';

import { GenerateSuggestionsPayload, RespondToSuggestionInput, RespondToSuggestionPayload } from './suggestion.inputs';

import { Suggestion } from './suggestion.entity';

import { generateSuggestions, listSuggestions, respondToSuggestion } from './suggestion.service';

export const SuggestionConnection = connectionType(Suggestion);

@Resolver(() => Suggestion)
export class SuggestionResolver {
  @Auth(AuthRule.USER)
  @Query(() => SuggestionConnection, { description: "The viewer's PENDING mentor suggestions, best first." })
  async mentorSuggestions(@Args() args: ConnectionArgs, @Ctx() ctx: Context): Promise<ConnectionResult<Suggestion>> {
    return listSuggestions(ctx.db, ctx.actor, args);
  }

  @Auth(AuthRule.USER)
  @Mutation(() => GenerateSuggestionsPayload, {
    description: 'Recomputes mentor suggestions for the viewer (as mentee) from skill overlap.',
  })
  async generateSuggestions(@Ctx() ctx: Context): Promise<GenerateSuggestionsPayload> {
    return { suggestions: await run(ctx, generateSuggestions, {}) };
  }

  @Auth(AuthRule.USER)
  @Mutation(() => RespondToSuggestionPayload, { description: 'The mentee accepts or declines a PENDING suggestion.' })
  async respondToSuggestion(
    @Arg('input', { description: 'The suggestion and the answer.' }) input: RespondToSuggestionInput,
    @Ctx() ctx: Context,
  ): Promise<RespondToSuggestionPayload> {
    const suggestionId = idOf('Suggestion', input.suggestionId, 'suggestionId');
    return run(ctx, respondToSuggestion, { suggestionId, accept: input.accept });
  }

  @FieldResolver(() => User, { description: 'The mentor suggested.' })
  async mentor(@Root() s: Suggestion, @Ctx() ctx: Context): Promise<User> {
    return loadUser(ctx, s.mentorId);
  }

  @FieldResolver(() => User, { description: 'The mentee the mentor is suggested to.' })
  async mentee(@Root() s: Suggestion, @Ctx() ctx: Context): Promise<User> {
    return loadUser(ctx, s.menteeId);
  }

  @FieldResolver(() => [Skill], {
    description: "Skills in both the mentee's menteeSkills and the mentor's mentorSkills.",
  })
  async sharedSkills(@Root() s: Suggestion, @Ctx() ctx: Context): Promise<Skill[]> {
    const skills = await ctx.loaders.skillById.loadMany(s.sharedSkillIds);
    return skills.filter((skill): skill is Skill => skill instanceof Skill);
  }
}
