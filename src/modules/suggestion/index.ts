import type { FeatureModule } from '../../app/feature-module';
import type { NodeFetchers } from '../../app/node-fetchers';
import { requireActor } from '../../auth/actor';
import { isAdmin } from '../../auth/rules';
import { SuggestionResolver } from './suggestion.resolver';
import { createSuggestionLoaders } from './suggestion.loaders';
import { Suggestion } from './suggestion.entity';
import { SuggestionReason } from './suggestion.reasons';

const resolvers: Function[] = [SuggestionResolver];

/** How this module's Node types are fetched by `node(id)`: the mentee and admins. */
const nodes: NodeFetchers = {
  Suggestion: async (ctx, id) => {
    const s = await ctx.loaders.suggestionById.load(id);
    return s && (s.menteeId === requireActor(ctx.actor).userId || isAdmin(ctx.actor.roles)) ? s : null;
  },
};

/** The suggestion feature: everything it adds to the application. */
export const suggestionModule = {
  name: 'suggestion',
  resolvers,
  nodes,
  loaders: createSuggestionLoaders,
  entities: [Suggestion],
  reasons: SuggestionReason,
} satisfies FeatureModule;
