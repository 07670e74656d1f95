import type { EntityManager } from 'typeorm';
import { ConnectionArgs, paginate, type ConnectionResult } from '../../common/pagination';
import { Notification, NotificationKind } from './notification.entity';

/** Creates a notification inside the caller's transaction. */
export async function notify(
  manager: EntityManager,
  recipientId: string,
  kind: NotificationKind,
  payload: Record<string, unknown> = {},
): Promise<Notification> {
  return manager.save(manager.create(Notification, { recipientId, kind, payload, readAt: null }));
}

/** A recipient's notifications, newest first, optionally only the unread ones. */
export async function listNotifications(
  db: EntityManager,
  recipientId: string,
  args: ConnectionArgs,
  unreadOnly: boolean,
): Promise<ConnectionResult<Notification>> {
  const qb = db
    .getRepository(Notification)
    .createQueryBuilder('n')
    .where('n.recipientId = :recipientId', { recipientId });
  if (unreadOnly) qb.andWhere('n.readAt IS NULL');
  return paginate(qb, args, [
    { expr: 'n.createdAt', value: (n) => n.createdAt, desc: true },
    { expr: 'n.id', value: (n) => n.id, desc: true },
  ]);
}

/**
 * Marks a recipient's unread notifications read at `now`: the given ids, or all of them when ids is
 * null. Ids of other users' notifications match nothing, so they are ignored without revealing they
 * exist. Returns how many notifications changed from unread to read.
 */
export async function markNotificationsRead(
  db: EntityManager,
  recipientId: string,
  ids: readonly string[] | null,
  now: Date,
): Promise<number> {
  if (ids !== null && ids.length === 0) return 0;
  const qb = db
    .createQueryBuilder()
    .update(Notification)
    .set({ readAt: now })
    .where('recipient_id = :recipientId', { recipientId })
    .andWhere('read_at IS NULL');
  if (ids !== null) qb.andWhere('id IN (:...ids)', { ids: [...new Set(ids)] });
  const result = await qb.execute();
  return result.affected ?? 0;
}
