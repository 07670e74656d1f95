import DataLoader from 'dataloader';
import { In, type EntityManager } from 'typeorm';
import { byKey, groupByKey } from '../../common/loader-utils';
import { Badge, BadgeName } from './badge.entity';
import { EarnedBadge } from './earned-badge.entity';

/** The one key of the catalog loader: the catalog is small and read whole. */
export const CATALOG = 'catalog';

const PRODUCT_ORDER: readonly BadgeName[] = Object.values(BadgeName);

/** Catalog rows in the product's fixed order (the BadgeName enum order), not the table's. */
export function inProductOrder(badges: Badge[]): Badge[] {
  return [...badges].sort((a, b) => PRODUCT_ORDER.indexOf(a.name) - PRODUCT_ORDER.indexOf(b.name));
}

export function createBadgeLoaders(db: EntityManager) {
  // One query per request serves `badges`, every `badge` of an earned badge, locked badges and progress totals.
  const badgeCatalog = new DataLoader<typeof CATALOG, Badge[]>(async (keys) => {
    const rows = inProductOrder(await db.find(Badge));
    return keys.map(() => rows);
  });
  return {
    badgeCatalog,
    badgeById: new DataLoader<string, Badge | null>(async (ids) =>
      byKey(ids, await badgeCatalog.load(CATALOG), (b) => b.id),
    ),
    earnedBadgeById: new DataLoader<string, EarnedBadge | null>(async (ids) => {
      const rows = await db.find(EarnedBadge, { where: { id: In([...ids]) } });
      return byKey(ids, rows, (r) => r.id);
    }),
    /** Each user's earned badges, oldest first. */
    earnedBadgesByUserId: new DataLoader<string, EarnedBadge[]>(async (userIds) => {
      const rows = await db.find(EarnedBadge, {
        where: { userId: In([...userIds]) },
        order: { earnedAt: 'ASC', id: 'ASC' },
      });
      return groupByKey(userIds, rows, (r) => r.userId);
    }),
  };
}
