import { AuditLog } from '../../modules/audit/audit-log.entity';
import { BadgeName } from '../../modules/badge/badge.entity';
import { Role } from '../../modules/role/role';
import { UserRole } from '../../modules/role/user-role.entity';
import { award, HOUR, plus, type SeedContext, type UserKey } from './context';

interface RoleSeed {
  user: UserKey;
  role: Role;
  start: Date;
  end: Date | null;
  assignedBy: UserKey | null;
  reason: string;
  adminNotes?: string;
}

/**
 * Every user is a LEARNER from sign-up on; the other windows never overlap a window of the same
 * role for the same user (the `user_roles_no_overlap` exclusion constraint).
 */
export async function seedRoles(ctx: SeedContext): Promise<UserRole[]> {
  const { clock, users, manager } = ctx;
  const mentorApprovedAt = clock.daysAgo(45);
  const seeds: RoleSeed[] = (Object.keys(users) as UserKey[]).map((key) => ({
    user: key,
    role: Role.LEARNER,
    start: users[key].createdAt,
    end: null,
    assignedBy: null,
    reason: 'Granted on sign-up',
  }));
  seeds.push(
    {
      user: 'owner',
      role: Role.OWNER,
      start: users.owner.createdAt,
      end: null,
      assignedBy: null,
      reason: 'Listed in OWNER_EMAILS',
    },
    {
      user: 'admin',
      role: Role.ADMIN,
      start: plus(users.admin.createdAt, 2 * HOUR),
      end: null,
      assignedBy: 'owner',
      reason: 'Runs day-to-day operations and moderation',
    },
    {
      user: 'ana',
      role: Role.MENTOR,
      start: clock.daysAgo(300),
      end: null,
      assignedBy: 'owner',
      reason: 'Founding mentor for the frontend track',
    },
    {
      user: 'ben',
      role: Role.MENTOR,
      start: clock.daysAgo(290),
      end: null,
      assignedBy: 'owner',
      reason: 'Founding mentor for the backend and platform track',
    },
    {
      user: 'chloe',
      role: Role.MENTOR,
      start: mentorApprovedAt,
      end: null,
      assignedBy: 'admin',
      reason: 'Mentor application approved',
      adminNotes: 'Strong references from two former students.',
    },
    {
      user: 'farid',
      role: Role.MENTOR,
      start: clock.daysFromNow(7),
      end: null,
      assignedBy: 'owner',
      reason: 'Starts mentoring the security track after the onboarding week',
      adminNotes: 'Pair with Ben for the first two sessions.',
    },
    {
      user: 'ines',
      role: Role.ADMIN,
      start: clock.daysAgo(60),
      end: clock.daysAgo(30),
      assignedBy: 'owner',
      reason: 'Temporary moderation cover while Adam was on leave',
      adminNotes: 'Window ended as planned; no follow-up needed.',
    },
  );

  const saved: UserRole[] = [];
  for (const seed of seeds) {
    const row = manager.create(UserRole, {
      userId: users[seed.user].id,
      role: seed.role,
      effectiveStartDate: seed.start,
      effectiveEndDate: seed.end,
      isActive: true,
      assignedById: seed.assignedBy ? users[seed.assignedBy].id : null,
      reason: seed.reason,
      adminNotes: seed.adminNotes ?? null,
      createdAt: seed.start < clock.now ? seed.start : clock.daysAgo(1),
    });
    saved.push(await manager.save(row));

    if (seed.role === Role.MENTOR && seed.start <= clock.now)
      award(ctx, users[seed.user], BadgeName.MENTOR_APPROVED, seed.start);
    if (seed.role !== Role.LEARNER) {
      await manager.save(
        manager.create(AuditLog, {
          actorId: seed.assignedBy ? users[seed.assignedBy].id : null,
          action: 'role.assign',
          targetType: 'User',
          targetId: users[seed.user].id,
          before: null,
          after: {
            role: seed.role,
            effectiveStartDate: seed.start.toISOString(),
            effectiveEndDate: seed.end ? seed.end.toISOString() : null,
          },
          reason: seed.reason,
          createdAt: row.createdAt,
        }),
      );
    }
  }
  return saved;
}
