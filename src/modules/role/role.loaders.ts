import DataLoader from 'dataloader';
import { In, type EntityManager } from 'typeorm';
import { byKey, groupByKey } from '../../common/loader-utils';
import { UserRole } from './user-role.entity';

export function createRoleLoaders(db: EntityManager) {
  return {
    /** Every role row of each user (history), oldest first. */
    rolesByUserId: new DataLoader<string, UserRole[]>(async (userIds) => {
      const rows = await db.find(UserRole, {
        where: { userId: In([...userIds]) },
        order: { effectiveStartDate: 'ASC', id: 'ASC' },
      });
      return groupByKey(userIds, rows, (r) => r.userId);
    }),
    /** One role window by id. */
    userRoleById: new DataLoader<string, UserRole | null>(async (ids) => {
      const rows = await db.find(UserRole, { where: { id: In([...ids]) } });
      return byKey(ids, rows, (r) => r.id);
    }),
  };
}
