import type { FeatureModule } from '../../app/feature-module';
import type { NodeFetchers } from '../../app/node-fetchers';
import { isAdmin } from '../../auth/rules';
import { requireViewer } from '../../auth/viewer';
import { SuggestionResolver } from './suggestion.resolver';
import { createSuggestionLoaders } from './suggestion.loaders';
import { Suggestion } from './suggestion.entity';

const resolvers: Function[] = [SuggestionResolver];

/** How this module's Node types are fetched by `node(id)`: the mentee and admins. */
const nodes: NodeFetchers = {
  Suggestion: async (ctx, id) => {
    const s = await ctx.loaders.suggestionById.load(id);
    return s && (s.menteeId === requireViewer(ctx).id || isAdmin(ctx.actor.roles)) ? s : null;
  },
};

/** The suggestion feature: everything it adds to the application. */
export const suggestionModule = {
  name: 'suggestion',
  resolvers,
  nodes,
  loaders: createSuggestionLoaders,
  entities: [Suggestion],
} satisfies FeatureModule;
