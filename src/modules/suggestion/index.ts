import type { NodeFetchers } from '../../app/node-fetchers';
import { isAdmin } from '../../auth/rules';
import { requireViewer } from '../../auth/viewer';
import { SuggestionResolver } from './suggestion.resolver';

/** The resolvers this module adds to the schema. */
export const suggestionResolvers: Function[] = [SuggestionResolver];

/** How this module's Node types are fetched by `node(id)`: the mentee and admins. */
export const suggestionNodes: NodeFetchers = {
  Suggestion: async (ctx, id) => {
    const s = await ctx.loaders.suggestionById.load(id);
    return s && (s.menteeId === requireViewer(ctx).id || isAdmin(ctx.roles)) ? s : null;
  },
};
