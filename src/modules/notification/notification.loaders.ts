import DataLoader from 'dataloader';
import { In, type EntityManager } from 'typeorm';
import { byKey } from '../../common/loader-utils';
import { Notification } from './notification.entity';

export function createNotificationLoaders(db: EntityManager) {
  return {
    notificationById: new DataLoader<string, Notification | null>(async (ids) => {
      const rows = await db.find(Notification, { where: { id: In([...ids]) } });
      return byKey(ids, rows, (r) => r.id);
    }),
  };
}
