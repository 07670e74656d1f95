import type { NodeFetchers } from '../../app/node-fetchers';
import { UserActivitiesResolver, UserActivityResolver } from './activity.resolver';
import { visibleActivity } from './activity.service';

/** The resolvers this module adds to the schema. */
export const activityResolvers: Function[] = [UserActivityResolver, UserActivitiesResolver];

/** How this module's Node types are fetched by `node(id)`: an activity is its owner's and admins'. */
export const activityNodes: NodeFetchers = {
  UserActivity: (ctx, id) => visibleActivity(ctx, id),
};
