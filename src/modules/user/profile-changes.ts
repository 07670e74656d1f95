import type { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { idOf } from '../../common/global-id';
import { BadUserInputError, ConflictError, NotFoundError, type FieldErrors } from '../../errors/app-error';
import type { Actor } from '../../auth/actor';
import { recordAudit } from '../audit/audit.service';
import type { SkillJoinTable } from './user.loaders';
import { profileCompletion } from './profile-completion';
import type { ProfileFieldsInput } from './user.inputs';
import { MAIL_KINDS, withEmailPreferences, type EmailPreferencesChange } from '../mail/mail-preferences';
import { User } from './user.entity';
import { UserReason } from './user.reasons';

/** A normalised profile change: column values plus replacement skill lists (database ids). */
export interface ProfileChange {
  patch: Partial<User>;
  /** E-mail switches to change; merged into the stored settings when the row is locked. */
  emailPreferences?: EmailPreferencesChange;
  mentorSkillIds?: string[];
  menteeSkillIds?: string[];
}

export interface ProfileWriteResult {
  user: User;
  /** profileComplete went from false to true with this write (the caller returns a PROFILE_COMPLETED award). */
  becameComplete: boolean;
  /** Whether any field or skill list actually changed. */
  changed: boolean;
}

const TEXT_FIELDS = [
  'firstName',
  'lastName',
  'bio',
  'phone',
  'address',
  'city',
  'timezone',
  'educationLevel',
  'learningGoals',
  'preferredLearningStyle',
  'currentRole',
  'experienceLevel',
] as const;

/** Trimmed text; blank means "not filled", stored as null. */
const cleanText = (value: string | null): string | null =>
  value === null || value.trim() === '' ? null : value.trim();

function avatarHref(value: URL | string | null, fields: FieldErrors): string | null {
  if (value === null) return null;
  const url = value instanceof URL ? value : new URL(value);
  // Avatars end up in <img src>: only web URLs, never javascript: or data: ones.
  if (url.protocol !== 'https:' && url.protocol !== 'http:') fields.avatarUrl = 'must be an http(s) URL';
  else if (url.href.length > 2048) fields.avatarUrl = 'must be at most 2048 characters';
  return url.href;
}

const NOT_NULL_PROFILE_FIELDS = [
  'language',
  'newsletter',
  'interests',
  'availability',
  'notificationPreferences',
  'mentorSkillIds',
  'menteeSkillIds',
] as const;

/**
 * BAD_USER_INPUT for explicit nulls on fields that cannot be cleared. type-graphql runs
 * class-validator with skipMissingProperties, so validators never see a null.
 */
export function refuseNulls<T extends object>(input: T, keys: ReadonlyArray<keyof T & string>): void {
  const fields: FieldErrors = {};
  for (const key of keys) if (input[key] === null) fields[key] = 'cannot be null';
  if (Object.keys(fields).length > 0) throw new BadUserInputError('Invalid input', fields);
}

/** E.164: the PhoneNumber scalar also lets through local numbers and separators, so tighten it here. */
function e164(value: string | null, fields: FieldErrors): string | null {
  if (value === null) return null;
  const compact = value.replace(/[\s\-().]/g, '');
  if (!/^\+[1-9]\d{6,14}$/.test(compact)) fields.phone = 'must be an E.164 number, e.g. +34600111222';
  return compact;
}

/** Reads the profile fields of an input into a change; undefined fields are left alone. */
export function readProfileInput(input: ProfileFieldsInput): ProfileChange {
  refuseNulls(input, NOT_NULL_PROFILE_FIELDS);
  const patch: Partial<User> = {};
  const fields: FieldErrors = {};
  for (const key of TEXT_FIELDS) {
    const value = input[key];
    if (value !== undefined) patch[key] = cleanText(value);
  }
  if (patch.phone !== undefined) patch.phone = e164(patch.phone, fields);
  if (input.avatarUrl !== undefined) patch.avatarUrl = avatarHref(input.avatarUrl, fields);
  if (input.country !== undefined) patch.country = input.country === null ? null : input.country.toUpperCase();
  if (input.language !== undefined) patch.language = input.language;
  if (input.englishLevel !== undefined) patch.englishLevel = input.englishLevel;
  if (input.newsletter !== undefined) patch.newsletter = input.newsletter;
  if (input.interests !== undefined) {
    patch.interests = [...new Set(input.interests.map((i) => i.trim()).filter((i) => i !== ''))];
  }
  if (input.availability !== undefined) {
    patch.availability = input.availability.map(({ weekday, start, end }) => ({ weekday, start, end }));
  }
  const emailPreferences = readEmailPreferences(input.notificationPreferences, fields);
  if (Object.keys(fields).length > 0) throw new BadUserInputError('Invalid input', fields);
  return {
    patch,
    emailPreferences,
    mentorSkillIds: input.mentorSkillIds?.map((id) => idOf('Skill', id, 'mentorSkillIds')),
    menteeSkillIds: input.menteeSkillIds?.map((id) => idOf('Skill', id, 'menteeSkillIds')),
  };
}

/** The e-mail switches an input changes; a null (which no validator sees) is refused like the others. */
function readEmailPreferences(
  input: ProfileFieldsInput['notificationPreferences'],
  fields: FieldErrors,
): EmailPreferencesChange | undefined {
  if (input === undefined || input.email === undefined) return undefined;
  if (input.email === null) {
    fields['notificationPreferences.email'] = 'cannot be null';
    return undefined;
  }
  const change: EmailPreferencesChange = {};
  for (const kind of MAIL_KINDS) {
    const value: boolean | null | undefined = input.email[kind];
    if (value === null) fields[`notificationPreferences.email.${kind}`] = 'cannot be null';
    else if (value !== undefined) change[kind] = value;
  }
  return change;
}

/** The user row, locked for this transaction; NOT_FOUND when absent. */
export async function lockUser(manager: EntityManager, id: string): Promise<User> {
  const user = await manager.findOne(User, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!user) throw new NotFoundError('User');
  return user;
}

/** CONFLICT when the client read an older revision than the stored one. */
export function checkRevision(user: User, revision: number | null | undefined): void {
  if (revision != null && revision !== user.revision) {
    throw new ConflictError(
      UserReason.REVISION_MISMATCH,
      `The profile changed since revision ${revision} (now ${user.revision}); reload and retry`,
    );
  }
}

// Stable JSON (sorted keys) so jsonb's key reordering is not mistaken for a change.
const stable = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );

const jsonValue = (value: unknown): unknown => (value instanceof Date ? value.toISOString() : value);

async function skillIdsOf(manager: EntityManager, table: SkillJoinTable, userId: string): Promise<string[]> {
  const rows: Array<{ skill_id: string }> = await manager.query(
    `SELECT "skill_id" FROM "${table}" WHERE "user_id" = $1 ORDER BY "skill_id"`,
    [userId],
  );
  return rows.map((r) => r.skill_id);
}

async function checkSkillsExist(manager: EntityManager, change: ProfileChange): Promise<void> {
  const fields: FieldErrors = {};
  for (const field of ['mentorSkillIds', 'menteeSkillIds'] as const) {
    const ids = change[field];
    if (!ids?.length) continue;
    const found: Array<{ id: string }> = await manager.query(`SELECT "id" FROM "skills" WHERE "id" = ANY($1::uuid[])`, [
      ids,
    ]);
    if (found.length !== new Set(ids).size) fields[field] = 'contains unknown skill ids';
  }
  if (Object.keys(fields).length > 0) throw new BadUserInputError('Unknown skills', fields, UserReason.UNKNOWN_SKILL);
}

async function replaceSkills(
  manager: EntityManager,
  table: SkillJoinTable,
  userId: string,
  ids: string[],
): Promise<void> {
  await manager.query(`DELETE FROM "${table}" WHERE "user_id" = $1`, [userId]);
  if (ids.length > 0) {
    await manager.query(`INSERT INTO "${table}" ("user_id", "skill_id") SELECT $1, unnest($2::uuid[])`, [userId, ids]);
  }
}

/**
 * Applies a change to a locked user row inside `manager`'s transaction: revision + 1, completion
 * recomputed, skill lists replaced, and one audit entry with the before/after of what changed.
 */
export async function writeProfile(
  manager: EntityManager,
  actor: Actor,
  user: User,
  change: ProfileChange,
  audit: { action: string; reason?: string | null },
): Promise<ProfileWriteResult> {
  await checkSkillsExist(manager, change);
  // Merged here, under the row lock, so a concurrent unsubscribe of another kind is kept.
  const patch: Partial<User> = change.emailPreferences
    ? {
        ...change.patch,
        notificationPreferences: withEmailPreferences(user.notificationPreferences, change.emailPreferences),
      }
    : change.patch;
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch) as Array<[keyof User, unknown]>) {
    if (stable(jsonValue(user[key])) !== stable(jsonValue(value))) {
      before[key] = jsonValue(user[key]);
      after[key] = jsonValue(value);
    }
  }
  const skillLists = [
    ['mentorSkillIds', 'user_mentor_skills', change.mentorSkillIds],
    ['menteeSkillIds', 'user_mentee_skills', change.menteeSkillIds],
  ] as const;
  for (const [field, table, ids] of skillLists) {
    if (ids === undefined) continue;
    const current = await skillIdsOf(manager, table, user.id);
    const next = [...new Set(ids)].sort();
    if (stable(current) !== stable(next)) {
      before[field] = current;
      after[field] = next;
      await replaceSkills(manager, table, user.id, next);
    }
  }
  const completion = profileCompletion({ ...user, ...patch });
  await updateUserRow(manager, user.id, {
    ...patch,
    profileCompletionPercentage: completion.percentage,
    profileComplete: completion.complete,
  });
  const changed = Object.keys(after).length > 0;
  if (changed || audit.reason) {
    await recordAudit(manager, actor, {
      action: audit.action,
      targetType: 'User',
      targetId: user.id,
      before,
      after,
      reason: audit.reason ?? null,
    });
  }
  const saved = await manager.findOneOrFail(User, { where: { id: user.id } });
  return { user: saved, becameComplete: !user.profileComplete && saved.profileComplete, changed };
}

/** Writes column values to a user row and bumps its revision (every write does). */
export async function updateUserRow(manager: EntityManager, id: string, values: Partial<User>): Promise<void> {
  // TypeORM's deep-partial type rejects Record<string, unknown> (jsonb) values it writes fine.
  const set = { ...values, revision: () => '"revision" + 1' } as QueryDeepPartialEntity<User>;
  await manager.update(User, { id }, set);
}
