import type { EntityManager } from 'typeorm';
import { NotificationKind } from '../notification/notification.entity';
import { notify } from '../notification/notification.service';
import type { BadgeName } from './badge.entity';

/**
 * Awards the named badges a user does not hold yet, each with a BADGE_EARNED notification.
 * Call it after the triggering write has committed; the unique (user, badge) index makes a
 * concurrent second award a no-op. Returns the names newly awarded.
 */
export async function awardBadges(
  db: EntityManager,
  userId: string,
  names: readonly BadgeName[],
): Promise<BadgeName[]> {
  if (names.length === 0) return [];
  return db.transaction(async (manager) => {
    const awarded: BadgeName[] = [];
    for (const name of new Set(names)) {
      const rows: Array<{ title: string }> = await manager.query(
        `INSERT INTO "earned_badges" ("user_id", "badge_id")
         SELECT $1, b."id" FROM "badges" b WHERE b."name" = $2
         ON CONFLICT ("user_id", "badge_id") DO NOTHING
         RETURNING (SELECT "title" FROM "badges" WHERE "name" = $2) AS "title"`,
        [userId, name],
      );
      if (rows.length > 0) {
        awarded.push(name);
        await notify(manager, userId, NotificationKind.BADGE_EARNED, { badge: name, title: rows[0].title });
      }
    }
    return awarded;
  });
}
