import DataLoader from 'dataloader';
import { In, type EntityManager } from 'typeorm';
import { byKey } from '../../common/loader-utils';
import { loadActivityPages, nestedCacheKey, type NestedPage, type NestedPageKey } from './activity.paging';
import { UserActivity } from './user-activity.entity';

/** A (user, class) pair: one user's participation in one class. */
export interface UserClassKey {
  userId: string;
  classId: string;
}

const pairKey = (k: UserClassKey): string => `${k.userId}:${k.classId}`;

export function createActivityLoaders(db: EntityManager) {
  return {
    activityById: new DataLoader<string, UserActivity | null>(async (ids) => {
      const rows = await db.find(UserActivity, { where: { id: In([...ids]) } });
      return byKey(ids, rows, (r) => r.id);
    }),

    /** A user's participation in a class (VirtualClass.viewerActivity), null when not a member. */
    activityByUserAndClass: new DataLoader<UserClassKey, UserActivity | null, string>(
      async (keys) => {
        const rows = await db.find(UserActivity, {
          where: {
            userId: In([...new Set(keys.map((k) => k.userId))]),
            classId: In([...new Set(keys.map((k) => k.classId))]),
          },
        });
        // The IN × IN query may return pairs nobody asked for; byKey keeps only the asked ones.
        return byKey(keys.map(pairKey), rows, pairKey);
      },
      { cacheKeyFn: pairKey },
    ),

    /** A page of each class's members (host first, then by join time): VirtualClass.participants. */
    activityPageByClassId: new DataLoader<NestedPageKey, NestedPage<UserActivity>, string>(
      (keys) => loadActivityPages(db, 'classId', keys, false),
      { cacheKeyFn: nestedCacheKey },
    ),

    /** A page of each user's activities, newest first: User.activities. */
    activityPageByUserId: new DataLoader<NestedPageKey, NestedPage<UserActivity>, string>(
      (keys) => loadActivityPages(db, 'userId', keys, true),
      { cacheKeyFn: nestedCacheKey },
    ),

    /** How many activities each user has (User.activities.totalCount). */
    activityCountByUserId: new DataLoader<string, number>(async (userIds) => {
      const rows: Array<{ user_id: string; n: string }> = await db.query(
        `SELECT "user_id", count(*) AS "n" FROM "user_activities" WHERE "user_id" = ANY($1::uuid[]) GROUP BY "user_id"`,
        [[...userIds]],
      );
      const counts = new Map(rows.map((r) => [r.user_id, Number(r.n)]));
      return userIds.map((id) => counts.get(id) ?? 0);
    }),
  };
}
