/**
 * "A role is effective at t": active, started at or before t, and not ended at t. The one place
 * that rule is written, once for rows in memory and once as SQL; every query and check uses these.
 */
export interface RoleWindow {
  isActive: boolean;
  effectiveStartDate: Date;
  effectiveEndDate: Date | null;
}

export function isEffectiveAt(window: RoleWindow, at: Date): boolean {
  return (
    window.isActive &&
    window.effectiveStartDate <= at &&
    (window.effectiveEndDate === null || window.effectiveEndDate > at)
  );
}

/**
 * The same rule as a SQL condition on the `user_roles` row aliased `alias`, at the SQL expression
 * `at` (a bind parameter such as `$2` or `:now`).
 */
export function effectiveRoleSql(alias: string, at: string): string {
  return `(${alias}."is_active" AND ${alias}."effective_start_date" <= ${at} AND (${alias}."effective_end_date" IS NULL OR ${alias}."effective_end_date" > ${at}))`;
}
