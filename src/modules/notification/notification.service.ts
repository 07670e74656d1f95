import type { EntityManager } from 'typeorm';
import type { Actor, Caller } from '../../auth/actor';
import { done, type Outcome } from '../../common/outcome';
import { paginate, type ConnectionArgs, type ConnectionResult } from '../../common/pagination';
import { raise } from '../../app/outbox/raise';
import { EventType, publish, rowData, topics, unreadCountsChanged } from '../../app/realtime/events';
import { Notification } from './notification.entity';
import type { Notice } from './notification.payloads';

/**
 * Creates a notification (built by one of `notices`) inside the caller's transaction; once it
 * commits, the recipient's `notificationAdded` and `unreadCountsChanged` subscribers hear of it.
 */
export async function notify(tx: EntityManager, recipientId: string, notice: Notice): Promise<Notification> {
  const notification = await tx.save(
    tx.create(Notification, { recipientId, kind: notice.kind, payload: notice.payload, readAt: null }),
  );
  const topic = topics.user(recipientId);
  await raise(
    tx,
    publish(
      topic,
      { topic, type: EventType.NOTIFICATION_ADDED, data: rowData(notification) },
      unreadCountsChanged(recipientId),
    ),
  );
  return notification;
}

/** The caller's notifications, newest first, optionally only the unread ones. */
export async function listNotifications(
  db: EntityManager,
  caller: Caller,
  args: ConnectionArgs,
  unreadOnly: boolean,
): Promise<ConnectionResult<Notification>> {
  const qb = db
    .getRepository(Notification)
    .createQueryBuilder('n')
    .where('n.recipientId = :recipientId', { recipientId: caller.userId });
  if (unreadOnly) qb.andWhere('n.readAt IS NULL');
  return paginate(qb, args, [
    { expr: 'n.createdAt', value: (n) => n.createdAt, desc: true },
    { expr: 'n.id', value: (n) => n.id, desc: true },
  ]);
}

export interface MarkNotificationsReadCommand {
  /** The notifications to mark; null for all of the actor's. */
  ids: readonly string[] | null;
}

/**
 * Marks the actor's unread notifications read at `now`: the given ids, or all of them when ids is
 * null. Ids of other users' notifications match nothing, so they are ignored without revealing they
 * exist. Returns how many notifications changed from unread to read.
 */
export async function markNotificationsRead(
  tx: EntityManager,
  actor: Actor,
  { ids }: MarkNotificationsReadCommand,
): Promise<Outcome<number>> {
  if (ids !== null && ids.length === 0) return done(0);
  const qb = tx
    .createQueryBuilder()
    .update(Notification)
    .set({ readAt: actor.now })
    .where('recipient_id = :recipientId', { recipientId: actor.userId })
    .andWhere('read_at IS NULL');
  if (ids !== null) qb.andWhere('id IN (:...ids)', { ids: [...new Set(ids)] });
  const marked = (await qb.execute()).affected ?? 0;
  return done(marked, marked > 0 ? [publish(null, unreadCountsChanged(actor.userId))] : []);
}
