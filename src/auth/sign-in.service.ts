import type { EntityManager } from 'typeorm';
import { done, type Outcome } from '../common/outcome';
import { ConflictError, ForbiddenError } from '../errors/app-error';
import { recordAudit } from '../modules/audit/audit.service';
import { mail } from '../modules/mail/mail.requests';
import { grantRole, rolesAt } from '../modules/role/role.service';
import { Role } from '../modules/role/role';
import { UserRole } from '../modules/role/user-role.entity';
import { Account, AuthProvider } from '../modules/user/account.entity';
import { User, UserStatus } from '../modules/user/user.entity';
import type { Actor, Caller } from './actor';
import { AuthReason } from './auth.reasons';
import { encrypt } from './crypto';
import { isAdmin } from './rules';

export interface SignInProfile {
  /** A verified email address (the OAuth layer refuses unverified ones before calling signIn). */
  email: string;
  /** GOOGLE, GITHUB, or DEV for the development sign-in (which links no account). */
  provider: AuthProvider | 'DEV';
  /** The provider's stable user id; required for GOOGLE and GITHUB. */
  providerAccountId?: string;
  firstName?: string | null;
  lastName?: string | null;
  avatarUrl?: string | null;
  /** Google's offline refresh token; stored encrypted, and only for users who hold ADMIN/OWNER. */
  refreshToken?: string | null;
}

export interface SignInCommand {
  profile: SignInProfile;
  /** OWNER_EMAILS: users signing in with one of these get OWNER once. */
  ownerEmails: readonly string[];
  /** AES-256 key for refresh tokens; without it no refresh token is stored. */
  encryptionKey?: Buffer;
}

export interface SignInResult {
  user: User;
  created: boolean;
}

/** The refusal for each status other than ACTIVE. */
const REFUSED: Record<Exclude<UserStatus, UserStatus.ACTIVE>, AuthReason> = {
  [UserStatus.SUSPENDED]: AuthReason.ACCOUNT_SUSPENDED,
  [UserStatus.DELETED]: AuthReason.ACCOUNT_DELETED,
};

/**
 * Signs a user in: finds them by linked account, else by verified email, else creates them with a
 * LEARNER role; grants OWNER to bootstrap owners; links the account; records the sign-in; refuses
 * suspended or deleted users. The caller is anonymous (who is signing in is what this finds out);
 * audit entries are written as the signed-in user. Safe under concurrent first sign-ins.
 */
export async function signIn(
  tx: EntityManager,
  caller: Caller,
  { profile, ownerEmails, encryptionKey }: SignInCommand,
): Promise<Outcome<SignInResult>> {
  const now = caller.now;
  const email = profile.email.trim().toLowerCase();
  const provider = profile.provider === 'DEV' ? null : profile.provider;
  if (provider && !profile.providerAccountId) throw new TypeError(`${provider} sign-in needs a providerAccountId`);

  let account = provider ? await findAccount(tx, provider, profile.providerAccountId!) : null;
  const found = account
    ? await tx.findOne(User, { where: { id: account.userId } })
    : await tx.findOne(User, { where: { email } });
  const { user, created } = found ? { user: found, created: false } : await createUser(tx, email, profile, now);
  // Lock the user row so two simultaneous sign-ins of one person grant OWNER and link the account once.
  const locked = await tx.findOne(User, { where: { id: user.id }, lock: { mode: 'pessimistic_write' } });
  if (!locked) throw new ConflictError(AuthReason.SIGN_IN_RACE, 'The account changed during sign-in; please try again');
  if (locked.status !== UserStatus.ACTIVE) {
    throw new ForbiddenError(REFUSED[locked.status], `This account is ${locked.status.toLowerCase()}`);
  }

  const actor: Actor = { ...caller, userId: locked.id };
  if (ownerEmails.includes(locked.email.toLowerCase())) await bootstrapOwner(tx, actor);

  let linked = false;
  if (provider) {
    if (!account) {
      account = await linkAccount(tx, provider, profile.providerAccountId!, locked.id);
      linked = true;
    }
    if (account.userId !== locked.id) {
      throw new ConflictError(AuthReason.ACCOUNT_LINKED_TO_OTHER_USER, 'This sign-in is linked to another user');
    }
    const roles = await rolesAt(tx, locked.id, now);
    await storeRefreshToken(tx, account, isAdmin(roles) ? profile.refreshToken : null, encryptionKey);
  }

  // Read under the row lock: of concurrent first sign-ins only one sees no earlier one.
  const firstSignIn = locked.lastSignInAt === null;
  locked.lastSignInAt = now;
  await tx.update(User, { id: locked.id }, { lastSignInAt: now });
  await recordAudit(tx, actor, {
    action: 'auth.sign_in',
    targetType: 'User',
    targetId: locked.id,
    after: {
      provider: profile.provider,
      providerAccountId: profile.providerAccountId ?? null,
      newUser: created,
      accountLinked: linked,
      ip: caller.ip,
      userAgent: caller.userAgent,
    },
  });
  return done({ user: locked, created }, firstSignIn ? [mail('welcome', locked.id, {})] : []);
}

function findAccount(
  manager: EntityManager,
  provider: AuthProvider,
  providerAccountId: string,
): Promise<Account | null> {
  return manager.findOne(Account, { where: { provider, providerAccountId } });
}

/**
 * Inserts the user, or — when a concurrent sign-in of the same email got there first — waits for it
 * (ON CONFLICT DO NOTHING blocks until the other transaction ends) and reads its user.
 */
async function createUser(
  manager: EntityManager,
  email: string,
  profile: SignInProfile,
  now: Date,
): Promise<SignInResult> {
  const inserted = await manager
    .createQueryBuilder()
    .insert()
    .into(User)
    .values({
      email,
      emailVerified: true,
      firstName: profile.firstName ?? null,
      lastName: profile.lastName ?? null,
      avatarUrl: profile.avatarUrl ?? null,
    })
    .orIgnore()
    .returning(['id'])
    .execute();
  const id = (inserted.raw as Array<{ id: string }>)[0]?.id;
  if (!id) {
    const existing = await manager.findOne(User, { where: { email } });
    if (!existing) throw new ConflictError(AuthReason.SIGN_IN_RACE, 'A concurrent sign-in failed; please try again');
    return { user: existing, created: false };
  }
  await grantRole(manager, { userId: id, role: Role.LEARNER, effectiveStartDate: now, reason: 'sign-up' });
  return { user: await manager.findOneOrFail(User, { where: { id } }), created: true };
}

/** Grants OWNER (audited) to an OWNER_EMAILS user who never held it; runs under the user row lock. */
async function bootstrapOwner(manager: EntityManager, actor: Actor): Promise<void> {
  const userId = actor.userId;
  const owner = await manager.findOne(UserRole, { where: { userId, role: Role.OWNER } });
  if (owner) return;
  const role = await grantRole(manager, {
    userId,
    role: Role.OWNER,
    effectiveStartDate: actor.now,
    reason: 'OWNER_EMAILS bootstrap',
  });
  await recordAudit(manager, actor, {
    action: 'role.assign',
    targetType: 'User',
    targetId: userId,
    after: { role: role.role, userRoleId: role.id, effectiveStartDate: role.effectiveStartDate.toISOString() },
    reason: 'OWNER_EMAILS bootstrap',
  });
}

/** Links the provider account; if a concurrent sign-in linked it first, returns that row. */
async function linkAccount(
  manager: EntityManager,
  provider: AuthProvider,
  providerAccountId: string,
  userId: string,
): Promise<Account> {
  await manager
    .createQueryBuilder()
    .insert()
    .into(Account)
    .values({ provider, providerAccountId, userId, refreshTokenEncrypted: null })
    .orIgnore()
    .execute();
  const account = await findAccount(manager, provider, providerAccountId);
  if (!account) throw new ConflictError(AuthReason.SIGN_IN_RACE, 'A concurrent sign-in failed; please try again');
  return account;
}

/**
 * Keeps a refresh token only for admins (encrypted); clears it for everyone else. An admin sign-in
 * without a new refresh token keeps the stored one.
 */
async function storeRefreshToken(
  manager: EntityManager,
  account: Account,
  refreshToken: string | null | undefined,
  key: Buffer | undefined,
): Promise<void> {
  let value: string | null;
  if (refreshToken === null) value = null;
  else if (refreshToken && key) value = encrypt(refreshToken, key);
  else return;
  if (value === account.refreshTokenEncrypted) return;
  await manager.update(Account, { id: account.id }, { refreshTokenEncrypted: value });
  account.refreshTokenEncrypted = value;
}
