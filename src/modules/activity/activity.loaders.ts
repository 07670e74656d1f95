import DataLoader from 'dataloader';
import { In, type EntityManager } from 'typeorm';
import { byKey } from '../../common/loader-utils';
import { UserActivity } from './user-activity.entity';

export function createActivityLoaders(db: EntityManager) {
  return {
    activityById: new DataLoader<string, UserActivity | null>(async (ids) => {
      const rows = await db.find(UserActivity, { where: { id: In([...ids]) } });
      return byKey(ids, rows, (r) => r.id);
    }),
  };
}
