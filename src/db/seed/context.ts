import type { EntityManager } from 'typeorm';
import { Badge, BadgeName } from '../../modules/badge/badge.entity';
import { Notification } from '../../modules/notification/notification.entity';
import type { Notice } from '../../modules/notification/notification.payloads';
import { Skill } from '../../modules/skill/skill.entity';
import type { User } from '../../modules/user/user.entity';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export const DEMO_OWNER_EMAIL = 'owner@aula.dev';

export type UserKey =
  'owner' | 'admin' | 'ana' | 'ben' | 'chloe' | 'carla' | 'david' | 'emma' | 'farid' | 'grace' | 'hugo' | 'ines';

export type SkillSlug =
  | 'frontend'
  | 'backend'
  | 'devops'
  | 'mobile'
  | 'data'
  | 'machine-learning'
  | 'security'
  | 'cloud'
  | 'design'
  | 'product';

/** Dates relative to one fixed "now", so a seed run is internally consistent. */
export class Clock {
  constructor(readonly now: Date) {}

  daysAgo(days: number): Date {
    return new Date(this.now.getTime() - days * DAY);
  }

  daysFromNow(days: number): Date {
    return new Date(this.now.getTime() + days * DAY);
  }

  /** The calendar day `offsetDays` from today at a whole UTC hour (class start times look like real bookings). */
  dayAt(offsetDays: number, hourUtc: number): Date {
    const d = new Date(this.now.getTime() + offsetDays * DAY);
    d.setUTCHours(hourUtc, 0, 0, 0);
    return d;
  }
}

export function plus(base: Date, ms: number): Date {
  return new Date(base.getTime() + ms);
}

export interface BadgeAward {
  userId: string;
  badge: BadgeName;
  at: Date;
}

/** Everything the seed parts share. Only `manager` (the transaction's) touches the database. */
export interface SeedContext {
  manager: EntityManager;
  clock: Clock;
  skills: Map<SkillSlug, Skill>;
  badges: Map<BadgeName, Badge>;
  users: Record<UserKey, User>;
  /** Keyed by `${userId}:${badge}`; the earliest trigger wins. */
  awards: Map<string, BadgeAward>;
}

/** Records a badge the data earns; written (with its notification) at the end. */
export function award(ctx: SeedContext, user: User, badge: BadgeName, at: Date): void {
  const key = `${user.id}:${badge}`;
  const existing = ctx.awards.get(key);
  if (!existing || at < existing.at) ctx.awards.set(key, { userId: user.id, badge, at });
}

/**
 * Writes a notification built by one of `notices`, the builders the services use, so seeded
 * payloads have the live shape (global ids, every key); only its times are the seed's own.
 */
export async function seedNotice(
  manager: EntityManager,
  recipientId: string,
  notice: Notice,
  times: { at: Date; readAt: Date | null },
): Promise<void> {
  await manager.save(
    manager.create(Notification, {
      recipientId,
      kind: notice.kind,
      payload: notice.payload,
      readAt: times.readAt,
      createdAt: times.at,
      updatedAt: times.at,
    }),
  );
}

export function skill(ctx: Pick<SeedContext, 'skills'>, slug: SkillSlug): Skill {
  const found = ctx.skills.get(slug);
  if (!found) throw new Error(`Skill "${slug}" is missing; run the migrations first.`);
  return found;
}

const SKILL_SLUGS: readonly SkillSlug[] = [
  'frontend',
  'backend',
  'devops',
  'mobile',
  'data',
  'machine-learning',
  'security',
  'cloud',
  'design',
  'product',
];

function isSkillSlug(value: string): value is SkillSlug {
  return (SKILL_SLUGS as readonly string[]).includes(value);
}

function isBadgeName(value: string): value is BadgeName {
  return (Object.values(BadgeName) as string[]).includes(value);
}

/** Loads the catalog rows written by the SeedCatalog migration; fails clearly when one is missing. */
export async function loadCatalog(
  manager: EntityManager,
): Promise<{ skills: Map<SkillSlug, Skill>; badges: Map<BadgeName, Badge> }> {
  const skills = new Map<SkillSlug, Skill>();
  for (const row of await manager.find(Skill)) {
    if (isSkillSlug(row.slug)) skills.set(row.slug, row);
  }
  const missingSkills = SKILL_SLUGS.filter((s) => !skills.has(s));
  if (missingSkills.length > 0)
    throw new Error(`Missing skills: ${missingSkills.join(', ')}; run the migrations first.`);

  const badges = new Map<BadgeName, Badge>();
  for (const row of await manager.find(Badge)) {
    if (isBadgeName(row.name)) badges.set(row.name, row);
  }
  const missingBadges = Object.values(BadgeName).filter((b) => !badges.has(b));
  if (missingBadges.length > 0)
    throw new Error(`Missing badges: ${missingBadges.join(', ')}; run the migrations first.`);
  return { skills, badges };
}
