import type { Caller } from '../../auth/actor';
import { isAdmin } from '../../auth/rules';
import type { UserActivity } from './user-activity.entity';

/** An activity is its owner's and admins' to see; everyone else is told it does not exist. */
export const canSeeActivity = (activity: Pick<UserActivity, 'userId'>, caller: Caller): boolean =>
  (caller.userId !== null && activity.userId === caller.userId) || isAdmin(caller.roles);
