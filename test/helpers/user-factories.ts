import { randomBytes } from 'node:crypto';

import { AuditLog } from '../../src/modules/audit/audit-log.entity';

import type { BadgeName } from '../../src/modules/badge/badge.entity';

import { manager } from './factories';

import type { TestServer } from './server';

/** A short random tag to keep one test's users apart from the others' (search on it). */
export const uniqueTag = (): string => `t${randomBytes(4).toString('hex')}`;

/** The audit entries written for a target, oldest first, optionally for one action. */
export async function auditEntries(server: TestServer, targetId: string, action?: string): Promise<AuditLog[]> {
  return manager(server).find(AuditLog, {
    where: action ? { targetId, action } : { targetId },
    order: { createdAt: 'ASC' },
  });
}

/** How many times a user holds a badge (0 or 1, by the unique index). */
export async function badgeCount(server: TestServer, userId: string, badge: BadgeName): Promise<number> {
  const rows: Array<{ n: number }> = await manager(server).query(
    `SELECT count(*)::int AS n FROM "earned_badges" e JOIN "badges" b ON b."id" = e."badge_id"
     WHERE e."user_id" = $1 AND b."name" = $2`,
    [userId, badge],
  );
  return rows[0].n;
}
