import type { EntityManager } from 'typeorm';
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
