import type { EntityManager } from 'typeorm';
import { ForbiddenError } from '../errors/app-error';
import { recordAudit, type AuditActor } from '../modules/audit/audit.service';
import { grantRole } from '../modules/role/role.service';
import { Role, UserRole } from '../modules/role/user-role.entity';
import { User, UserStatus } from '../modules/user/user.entity';

export interface SignInProfile {
  email: string;
  /** GOOGLE, GITHUB, or DEV for the development sign-in. */
  provider: string;
  firstName?: string | null;
  lastName?: string | null;
  avatarUrl?: string | null;
}

export interface SignInResult {
  user: User;
  created: boolean;
}

/**
 * Signs a user in by verified email: creates the user with a LEARNER role when new, grants OWNER to
 * bootstrap owners, records the sign-in, and refuses suspended or deleted users. Runs in `manager`'s transaction.
 */
export async function signIn(
  manager: EntityManager,
  profile: SignInProfile,
  ownerEmails: readonly string[],
  actor: Omit<AuditActor, 'actorId'>,
  now: Date,
): Promise<SignInResult> {
  const email = profile.email.trim().toLowerCase();
  let user = await manager.findOne(User, { where: { email } });
  const created = user === null;
  if (!user) {
    user = await manager.save(
      manager.create(User, {
        email,
        emailVerified: true,
        firstName: profile.firstName ?? null,
        lastName: profile.lastName ?? null,
        avatarUrl: profile.avatarUrl ?? null,
      }),
    );
    await grantRole(manager, { userId: user.id, role: Role.LEARNER, effectiveStartDate: now, reason: 'sign-up' });
  }
  if (user.status !== UserStatus.ACTIVE) {
    throw new ForbiddenError(`This account is ${user.status.toLowerCase()}`);
  }
  const audit: AuditActor = { ...actor, actorId: user.id };
  if (ownerEmails.includes(email)) {
    const owner = await manager.findOne(UserRole, { where: { userId: user.id, role: Role.OWNER } });
    if (!owner) {
      const role = await grantRole(manager, {
        userId: user.id,
        role: Role.OWNER,
        effectiveStartDate: now,
        reason: 'OWNER_EMAILS bootstrap',
      });
      await recordAudit(manager, audit, {
        action: 'role.assign',
        targetType: 'User',
        targetId: user.id,
        after: { role: role.role, userRoleId: role.id, effectiveStartDate: role.effectiveStartDate.toISOString() },
        reason: 'OWNER_EMAILS bootstrap',
      });
    }
  }
  user.lastSignInAt = now;
  await manager.update(User, { id: user.id }, { lastSignInAt: now });
  await recordAudit(manager, audit, {
    action: 'auth.sign_in',
    targetType: 'User',
    targetId: user.id,
    after: { provider: profile.provider, newUser: created },
  });
  return { user, created };
}
