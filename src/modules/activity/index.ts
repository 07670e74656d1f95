import type { FeatureModule } from '../../app/feature-module';
import type { NodeFetchers } from '../../app/node-fetchers';
import { UserActivitiesResolver, UserActivityResolver } from './activity.resolver';
import { visibleActivity } from './activity.service';
import { createActivityLoaders } from './activity.loaders';
import { UserActivity } from './user-activity.entity';

const resolvers: Function[] = [UserActivityResolver, UserActivitiesResolver];

/** How this module's Node types are fetched by `node(id)`: an activity is its owner's and admins'. */
const nodes: NodeFetchers = {
  UserActivity: (ctx, id) => visibleActivity(ctx, id),
};

/** The activity feature: everything it adds to the application. */
export const activityModule = {
  name: 'activity',
  resolvers,
  nodes,
  loaders: createActivityLoaders,
  entities: [UserActivity],
} satisfies FeatureModule;
