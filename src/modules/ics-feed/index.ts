import type { FeatureModule } from '../../app/feature-module';
import { IcsFeed } from './ics-feed.entity';
import { icsFeedReads } from './ics-feed.reads';
import { IcsFeedResolver } from './ics-feed.resolver';

const resolvers: Function[] = [IcsFeedResolver];

/**
 * The calendar feed: `User.icsFeedUrl`, `rotateIcsFeedUrl` and the `ics_feeds` table. Its HTTP
 * route (`icsFeedRoutes`, ics-feed.routes.ts) is mounted by the server, beside the other routes.
 */
export const icsFeedModule = {
  name: 'ics-feed',
  resolvers,
  loaders: () => ({}),
  reads: icsFeedReads,
  entities: [IcsFeed],
} satisfies FeatureModule;
