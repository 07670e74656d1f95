import DataLoader from 'dataloader';
import { In, type EntityManager } from 'typeorm';
import { groupByKey } from '../../common/loader-utils';
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
  };
}
