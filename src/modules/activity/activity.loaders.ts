import DataLoader from 'dataloader';
import { In, type EntityManager } from 'typeorm';
import { byKey } from '../../common/loader-utils';
import { NestedPageLoader } from '../../common/nested-page';
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
    activityPagesByClassId: new NestedPageLoader(db, {
      entity: UserActivity,
      source: `SELECT id, class_id AS parent_id, created_at FROM user_activities WHERE class_id IN (:...parentIds)`,
      keys: [
        { column: 'created_at', value: (a) => a.createdAt },
        { column: 'id', value: (a) => a.id },
      ],
      parentsOf: (a) => [a.classId],
    }),

    /** A page of each user's activities, newest first: User.activities. */
    activityPagesByUserId: new NestedPageLoader(db, {
      entity: UserActivity,
      source: `SELECT id, user_id AS parent_id, created_at FROM user_activities WHERE user_id IN (:...parentIds)`,
      keys: [
        { column: 'created_at', value: (a) => a.createdAt, desc: true },
        { column: 'id', value: (a) => a.id, desc: true },
      ],
      parentsOf: (a) => [a.userId],
    }),
  };
}
