import type { FeatureModule } from '../../app/feature-module';
import { badgeReads } from './badge.reads';
import type { NodeFetchers } from '../../app/node-fetchers';
import { BadgeResolver, EarnedBadgeResolver } from './badge.resolver';
import { BadgeUserResolver } from './badge-user.resolver';
import { awardBadgesEffect } from './badge.effects';
import { createBadgeLoaders } from './badge.loaders';
import { Badge } from './badge.entity';
import { BadgeReason } from './badge.reasons';
import { EarnedBadge } from './earned-badge.entity';

const resolvers: Function[] = [BadgeResolver, EarnedBadgeResolver, BadgeUserResolver];

/** How this module's Node types are fetched by `node(id)`; both are public (the catalog and the public card). */
const nodes: NodeFetchers = {
  Badge: (ctx, id) => ctx.loaders.badgeById.load(id),
  EarnedBadge: (ctx, id) => ctx.loaders.earnedBadgeById.load(id),
};

/** The badge feature: everything it adds to the application. */
export const badgeModule = {
  name: 'badge',
  resolvers,
  nodes,
  loaders: createBadgeLoaders,
  reads: badgeReads,
  entities: [Badge, EarnedBadge],
  effects: [awardBadgesEffect],
  reasons: BadgeReason,
} satisfies FeatureModule;
