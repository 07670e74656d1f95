import type { FeatureModule } from '../../app/feature-module';
import { activityReads } from './activity.reads';
import type { NodeFetchers } from '../../app/node-fetchers';
import { canSeeActivity } from './activity.access';
import { UserActivitiesResolver, UserActivityResolver } from './activity.resolver';
import { createActivityLoaders } from './activity.loaders';
import { ActivityReason } from './activity.reasons';
import { UserActivity } from './user-activity.entity';

const resolvers: Function[] = [UserActivityResolver, UserActivitiesResolver];

/** How this module's Node types are fetched by `node(id)`: an activity is its owner's and admins'. */
const nodes: NodeFetchers = {
  UserActivity: async (ctx, id) => {
    const activity = await ctx.loaders.activityById.load(id);
    return activity && canSeeActivity(activity, ctx.actor) ? activity : null;
  },
};

/** The activity feature: everything it adds to the application. */
export const activityModule = {
  name: 'activity',
  resolvers,
  nodes,
  loaders: createActivityLoaders,
  reads: activityReads,
  entities: [UserActivity],
  reasons: ActivityReason,
} satisfies FeatureModule;
