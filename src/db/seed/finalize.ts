import { UserActivity } from '../../modules/activity/user-activity.entity';
import { AuditLog } from '../../modules/audit/audit-log.entity';
import { BadgeName } from '../../modules/badge/badge.entity';
import { EarnedBadge } from '../../modules/badge/earned-badge.entity';
import { notices } from '../../modules/notification/notification.payloads';
import { Role } from '../../modules/role/role';
import type { UserRole } from '../../modules/role/user-role.entity';
import { User, UserStatus } from '../../modules/user/user.entity';
import { award, DAY, HOUR, plus, seedNotice, type SeedContext, type UserKey } from './context';

/** totalClasses = distinct classes with a completed activity, computed from the rows just written. */
export async function seedTotals(ctx: SeedContext): Promise<void> {
  const rows = await ctx.manager
    .createQueryBuilder(UserActivity, 'a')
    .select('a.userId', 'userId')
    .addSelect('COUNT(DISTINCT a.classId)', 'classes')
    .addSelect('MAX(a.completedAt)', 'lastCompletedAt')
    .where('a.completed = true')
    .groupBy('a.userId')
    .getRawMany<{ userId: string; classes: string | number; lastCompletedAt: Date | string }>();
  const byId = new Map(rows.map((r) => [r.userId, r]));
  for (const user of Object.values(ctx.users)) {
    const row = byId.get(user.id);
    const total = row ? Number(row.classes) : 0;
    if (total !== user.totalClasses) {
      await ctx.manager.update(User, { id: user.id }, { totalClasses: total });
      user.totalClasses = total;
    }
    if (row && total >= 10) award(ctx, user, BadgeName.TEN_CLASSES_COMPLETED, new Date(row.lastCompletedAt));
  }
}

/** Writes every recorded award as an EarnedBadge plus its BADGE_EARNED notification. */
export async function seedEarnedBadges(ctx: SeedContext): Promise<number> {
  const { manager, clock } = ctx;
  for (const user of Object.values(ctx.users)) {
    if (user.profileComplete) award(ctx, user, BadgeName.PROFILE_COMPLETED, plus(user.createdAt, 2 * HOUR));
  }
  const awards = [...ctx.awards.values()].sort((a, b) => a.at.getTime() - b.at.getTime());
  for (const a of awards) {
    const badge = ctx.badges.get(a.badge);
    if (!badge) throw new Error(`Badge ${a.badge} is missing`);
    await manager.save(
      manager.create(EarnedBadge, {
        userId: a.userId,
        badgeId: badge.id,
        earnedAt: a.at,
        createdAt: a.at,
        updatedAt: a.at,
      }),
    );
    // Older notifications have been seen; the last few days' are still unread.
    const seen = a.at.getTime() < clock.now.getTime() - 3 * DAY;
    await seedNotice(manager, a.userId, notices.badgeEarned(badge), {
      at: a.at,
      readAt: seen ? plus(a.at, 6 * HOUR) : null,
    });
  }
  return awards.length;
}

const SIGN_INS: Array<{ user: UserKey; provider: 'GOOGLE' | 'GITHUB'; ip: string; userAgent: string }> = [
  {
    user: 'owner',
    provider: 'GOOGLE',
    ip: '203.0.113.10',
    userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15',
  },
  {
    user: 'admin',
    provider: 'GOOGLE',
    ip: '198.51.100.23',
    userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/126.0 Safari/537.36',
  },
  {
    user: 'ana',
    provider: 'GITHUB',
    ip: '203.0.113.45',
    userAgent: 'Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0',
  },
  { user: 'carla', provider: 'GOOGLE', ip: '192.0.2.77', userAgent: 'Aula/2.3.0 (iPhone; iOS 17.5)' },
  {
    user: 'emma',
    provider: 'GITHUB',
    ip: '198.51.100.90',
    userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) Chrome/126.0 Safari/537.36',
  },
];

/** Sign-ins, a profile edit and a suspension in the audit log; role changes and reminders as notifications. */
export async function seedActivityTrail(ctx: SeedContext, roles: UserRole[]): Promise<void> {
  const { manager, clock, users } = ctx;
  const audit = (entry: Partial<AuditLog> & { action: string; createdAt: Date }) =>
    manager.save(
      manager.create(AuditLog, {
        targetType: 'User',
        before: null,
        reason: null,
        ...entry,
        updatedAt: entry.createdAt,
      }),
    );

  for (const s of SIGN_INS) {
    const user = users[s.user];
    await audit({
      actorId: user.id,
      action: 'auth.sign_in',
      targetId: user.id,
      after: { provider: s.provider },
      ip: s.ip,
      userAgent: s.userAgent,
      createdAt: user.lastSignInAt ?? clock.now,
    });
  }
  await audit({
    actorId: users.carla.id,
    action: 'user.update',
    targetId: users.carla.id,
    before: { city: null, learningGoals: null, profileCompletionPercentage: 80 },
    after: { city: 'Madrid', learningGoals: users.carla.learningGoals, profileCompletionPercentage: 100 },
    createdAt: plus(users.carla.createdAt, HOUR),
  });
  await audit({
    actorId: users.admin.id,
    action: 'user.update',
    targetId: users.hugo.id,
    before: { status: 'ACTIVE', messagingDisabled: false },
    after: { status: 'SUSPENDED', messagingDisabled: true },
    reason: 'Repeated spam links in class chats after two warnings.',
    createdAt: clock.daysAgo(15),
  });

  // ROLE_CHANGED for every role granted by someone (not the sign-up LEARNER role).
  for (const role of roles) {
    if (role.role === Role.LEARNER || role.assignedById === null) continue;
    const at = role.createdAt;
    await seedNotice(manager, role.userId, notices.roleChanged('ASSIGNED', role), {
      at,
      readAt: at.getTime() < clock.now.getTime() - 2 * DAY ? plus(at, 2 * HOUR) : null,
    });
  }
  for (const user of Object.values(users)) {
    if (user.profileComplete || user.profileSkipped || user.status !== UserStatus.ACTIVE) continue;
    const at = clock.daysAgo(1);
    await seedNotice(manager, user.id, notices.profileReminder(user), { at, readAt: null });
  }
}
