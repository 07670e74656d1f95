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
    /** Unread notifications per recipient, one grouped query for all of them. */
    unreadNotificationCountByUserId: new DataLoader<string, number>(async (userIds) => {
      const rows: Array<{ recipientId: string; count: string }> = await db
        .getRepository(Notification)
        .createQueryBuilder('n')
        .select('n.recipientId', 'recipientId')
        .addSelect('COUNT(*)', 'count')
        .where('n.recipientId IN (:...userIds)', { userIds: [...userIds] })
        .andWhere('n.readAt IS NULL')
        .groupBy('n.recipientId')
        .getRawMany();
      const counts = new Map(rows.map((r) => [r.recipientId, Number(r.count)]));
      return userIds.map((id) => counts.get(id) ?? 0);
    }),
  };
}
