import { toGlobalId } from '../../src/common/global-id';
import { AuditLog } from '../../src/modules/audit/audit-log.entity';
import { Notification, NotificationKind } from '../../src/modules/notification/notification.entity';
import { Role } from '../../src/modules/role/role';
import { UserRole } from '../../src/modules/role/user-role.entity';
import { manager } from './factories';
import type { TestServer } from './server';

/** The global id of a user's (first) window of a role. */
export async function roleWindowId(server: TestServer, userId: string, role: Role): Promise<string> {
  const row = await manager(server).findOneOrFail(UserRole, {
    where: { userId, role },
    order: { effectiveStartDate: 'ASC' },
  });
  return toGlobalId('UserRole', row.id);
}

/** Everything a role change writes for one user: windows of a role, audit entries, ROLE_CHANGED notifications. */
export async function roleTrail(
  server: TestServer,
  userId: string,
  role: Role,
): Promise<{ windows: UserRole[]; audits: AuditLog[]; notifications: Notification[] }> {
  const db = manager(server);
  const [windows, audits, notifications] = await Promise.all([
    db.find(UserRole, { where: { userId, role }, order: { effectiveStartDate: 'ASC' } }),
    db.find(AuditLog, { where: { targetType: 'User', targetId: userId }, order: { createdAt: 'ASC' } }),
    db.find(Notification, { where: { recipientId: userId, kind: NotificationKind.ROLE_CHANGED } }),
  ]);
  return { windows, audits: audits.filter((a) => a.action.startsWith('role.')), notifications };
}
