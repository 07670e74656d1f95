import type { NodeFetchers } from '../../app/node-fetchers';
import { BadgeResolver, EarnedBadgeResolver } from './badge.resolver';
import { BadgeUserResolver } from './badge-user.resolver';

/** The resolvers this module adds to the schema. */
export const badgeResolvers: Function[] = [BadgeResolver, EarnedBadgeResolver, BadgeUserResolver];

/** How this module's Node types are fetched by `node(id)`; both are public (the catalog and the public card). */
export const badgeNodes: NodeFetchers = {
  Badge: (ctx, id) => ctx.loaders.badgeById.load(id),
  EarnedBadge: (ctx, id) => ctx.loaders.earnedBadgeById.load(id),
};
