/**
 * "A class reads PENDING after its end": the one place that rule is written, once for a class in
 * memory and once as SQL, side by side so they cannot drift apart. The entity's `status` field and
 * the list's status filter both use these.
 */

/** PENDING is never stored: a SCHEDULED class whose end has passed reads as PENDING. */
export enum ClassStatus {
  SCHEDULED = 'SCHEDULED',
  PENDING = 'PENDING',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}

/** The stored columns the rule reads. */
export interface ClassTiming {
  storedStatus: ClassStatus;
  startsAt: Date;
  durationMinutes: number;
}

/** When a class ends: its start plus its duration. */
export function classEndsAt(cls: Pick<ClassTiming, 'startsAt' | 'durationMinutes'>): Date {
  return new Date(cls.startsAt.getTime() + cls.durationMinutes * 60_000);
}

/** The status a reader sees at `at`: PENDING once a scheduled class has ended without its activity. */
export function classStatusAt(cls: ClassTiming, at: Date): ClassStatus {
  if (cls.storedStatus === ClassStatus.SCHEDULED && classEndsAt(cls) <= at) return ClassStatus.PENDING;
  return cls.storedStatus;
}

/** `classEndsAt` as SQL, on the `virtual_classes` row aliased `alias`. */
export function classEndsAtSql(alias: string): string {
  return `(${alias}."starts_at" + ${alias}."duration_minutes" * interval '1 minute')`;
}

/**
 * `classStatusAt(row, at) = status` as a SQL condition on the `virtual_classes` row aliased
 * `alias`, at the SQL expression `at` (a bind parameter such as `$2` or `:now`).
 */
export function classStatusSql(alias: string, status: ClassStatus, at: string): string {
  switch (status) {
    case ClassStatus.PENDING:
      return `(${alias}."status" = '${ClassStatus.SCHEDULED}' AND ${classEndsAtSql(alias)} <= ${at})`;
    case ClassStatus.SCHEDULED:
      return `(${alias}."status" = '${ClassStatus.SCHEDULED}' AND ${classEndsAtSql(alias)} > ${at})`;
    case ClassStatus.COMPLETED:
    case ClassStatus.CANCELLED:
      // Stored as is, and the values come from the enum, never from the caller.
      return `(${alias}."status" = '${status}')`;
  }
}
