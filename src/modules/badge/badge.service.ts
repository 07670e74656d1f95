import type { EntityManager } from 'typeorm';
import type { Actor } from '../../auth/actor';
import { done, type Outcome } from '../../common/outcome';
import { BadUserInputError, NotFoundError } from '../../errors/app-error';
import { recordAudit } from '../audit/audit.service';
import { notices } from '../notification/notification.payloads';
import { notify } from '../notification/notification.service';
import { Badge, type BadgeName } from './badge.entity';
import { BadgeReason } from './badge.reasons';
import type { EarnedBadge } from './earned-badge.entity';

/**
 * Awards the named badges a user does not hold yet, each with a BADGE_EARNED notification, inside
 * `tx`. Runs as the delivery of the `badges.award` effect, after the triggering write committed; the
 * unique (user, badge) index makes a concurrent second award a no-op. Returns the names newly awarded.
 */
export async function awardBadges(
  tx: EntityManager,
  userId: string,
  names: readonly BadgeName[],
): Promise<BadgeName[]> {
  const awarded: BadgeName[] = [];
  for (const name of new Set(names)) {
    // ON CONFLICT makes a concurrent award wait for the first one to commit, then insert nothing:
    // RETURNING yields a row only for the transaction that really awarded, so only it notifies.
    const rows: Array<{ title: string }> = await tx.query(
      `INSERT INTO "earned_badges" ("user_id", "badge_id")
       SELECT $1, b."id" FROM "badges" b WHERE b."name" = $2
       ON CONFLICT ("user_id", "badge_id") DO NOTHING
       RETURNING (SELECT "title" FROM "badges" WHERE "name" = $2) AS "title"`,
      [userId, name],
    );
    if (rows.length > 0) {
      awarded.push(name);
      await notify(tx, userId, notices.badgeEarned({ name, title: rows[0].title }));
    }
  }
  return awarded;
}

/** The catalog badges a user has not earned, in catalog order. */
export function lockedBadges(catalog: readonly Badge[], earned: readonly EarnedBadge[]): Badge[] {
  const held = new Set(earned.map((e) => e.badgeId));
  return catalog.filter((b) => !held.has(b.id));
}

export interface UpdateBadgeCommand {
  name: BadgeName;
  title?: string | null;
  description?: string | null;
  howToEarn?: string | null;
}

const EDITABLE = ['title', 'description', 'howToEarn'] as const;

/** Edits a catalog badge's texts (its name is constant), with a `badge.update` audit entry. */
export async function updateBadge(
  tx: EntityManager,
  actor: Actor,
  command: UpdateBadgeCommand,
): Promise<Outcome<Badge>> {
  // Omitted or null texts stay as they are: every text of a badge is required, so none can be cleared.
  const changes: Partial<Record<(typeof EDITABLE)[number], string>> = {};
  const fields: Record<string, string> = {};
  for (const key of EDITABLE) {
    const value = command[key]?.trim();
    if (value === '') fields[key] = 'must not be blank';
    else if (value != null) changes[key] = value;
  }
  if (Object.keys(fields).length > 0) throw new BadUserInputError('Invalid badge texts', fields);
  if (Object.keys(changes).length === 0) {
    throw new BadUserInputError(
      'Nothing to update',
      { input: 'give at least one of title, description, howToEarn' },
      BadgeReason.NOTHING_TO_UPDATE,
    );
  }
  const badge = await tx
    .getRepository(Badge)
    .createQueryBuilder('b')
    .where('b.name = :name', { name: command.name })
    .setLock('pessimistic_write')
    .getOne();
  if (!badge) throw new NotFoundError('Badge');
  const before = { title: badge.title, description: badge.description, howToEarn: badge.howToEarn };
  Object.assign(badge, changes);
  const saved = await tx.save(badge);
  await recordAudit(tx, actor, {
    action: 'badge.update',
    targetType: 'Badge',
    targetId: badge.id,
    before,
    after: { title: saved.title, description: saved.description, howToEarn: saved.howToEarn },
  });
  return done(saved);
}
