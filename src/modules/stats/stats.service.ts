import type { EntityManager } from 'typeorm';
import { Role } from '../role/role';
import { effectiveRoleSql } from '../role/role-window';
import { PERIOD_DAYS, type DailyCount, type PlatformStats, type StatsPeriod } from './stats.types';

const DAY_MS = 24 * 3600 * 1000;
const ACTIVE_WINDOW_MS = 30 * DAY_MS;

const utcDay = (d: Date): string => d.toISOString().slice(0, 10);

/** Midnight UTC of the period's first day (today counts as one of its days). */
export function periodStart(period: StatsPeriod, now: Date): Date {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return new Date(today - (PERIOD_DAYS[period] - 1) * DAY_MS);
}

interface Totals {
  total: number;
  active: number;
  complete: number;
  pending: number;
}

/** Platform figures as of `now`, from three aggregate queries. */
export async function platformStats(db: EntityManager, period: StatsPeriod, now: Date): Promise<PlatformStats> {
  const from = periodStart(period, now);
  const [totals] = (await db.query(
    `SELECT count(*) FILTER (WHERE status <> 'DELETED')::int AS total,
            count(*) FILTER (WHERE status <> 'DELETED' AND last_sign_in_at > $1 AND last_sign_in_at <= $2)::int AS active,
            count(*) FILTER (WHERE status <> 'DELETED' AND profile_complete)::int AS complete,
            (SELECT count(*) FROM mentor_applications WHERE status = 'PENDING')::int AS pending
       FROM users`,
    [new Date(now.getTime() - ACTIVE_WINDOW_MS), now],
  )) as Totals[];
  // Days are UTC whatever the session time zone: integer offsets from a date, and sign-ups grouped on their UTC date.
  const series = (await db.query(
    `WITH days AS (
       SELECT $1::date + g AS day FROM generate_series(0, $2::int - 1) AS g
     ), signups AS (
       SELECT (created_at AT TIME ZONE 'UTC')::date AS day, count(*)::int AS n
         FROM users
        WHERE created_at >= $3 AND created_at <= $4
        GROUP BY 1
     )
     SELECT to_char(days.day, 'YYYY-MM-DD') AS date, COALESCE(signups.n, 0)::int AS count
       FROM days LEFT JOIN signups USING (day)
      ORDER BY days.day`,
    [utcDay(from), PERIOD_DAYS[period], from, now],
  )) as DailyCount[];
  const roleRows = (await db.query(
    `SELECT r.role, count(DISTINCT r.user_id)::int AS count
       FROM user_roles r JOIN users u ON u.id = r.user_id
      WHERE ${effectiveRoleSql('r', '$1')} AND u.status <> 'DELETED'
      GROUP BY r.role`,
    [now],
  )) as Array<{ role: Role; count: number }>;
  const byRole = new Map(roleRows.map((r) => [r.role, r.count]));
  return {
    period,
    from,
    to: now,
    totalUsers: totals.total,
    activeUsers: totals.active,
    newRegistrations: series.reduce((sum, d) => sum + d.count, 0),
    registrationsSeries: series,
    profileCompletionRate: totals.total === 0 ? 0 : totals.complete / totals.total,
    roleDistribution: Object.values(Role).map((role) => ({ role, count: byRole.get(role) ?? 0 })),
    pendingMentorApplications: totals.pending,
  };
}
