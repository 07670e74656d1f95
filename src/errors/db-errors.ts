/** The SQLSTATE of a database error (TypeORM wraps the driver's error), if any. */
export function sqlState(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const withDriver = error as { driverError?: { code?: unknown }; code?: unknown };
  const code = withDriver.driverError?.code ?? withDriver.code;
  return typeof code === 'string' ? code : undefined;
}

/** The constraint a database error names, if any. */
export function violatedConstraint(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const withDriver = error as { driverError?: { constraint?: unknown }; constraint?: unknown };
  const name = withDriver.driverError?.constraint ?? withDriver.constraint;
  return typeof name === 'string' ? name : undefined;
}

export const isUniqueViolation = (error: unknown, constraint?: string): boolean =>
  sqlState(error) === '23505' && (constraint === undefined || violatedConstraint(error) === constraint);

export const isExclusionViolation = (error: unknown, constraint?: string): boolean =>
  sqlState(error) === '23P01' && (constraint === undefined || violatedConstraint(error) === constraint);

export const isCheckViolation = (error: unknown, constraint?: string): boolean =>
  sqlState(error) === '23514' && (constraint === undefined || violatedConstraint(error) === constraint);

/** A deadlock or a serialization failure: the transaction was rolled back and may simply be run again. */
export const isTransientConflict = (error: unknown): boolean => {
  const state = sqlState(error);
  return state === '40P01' || state === '40001';
};

/** Node socket errors of a connection to the database that went away or never came. */
const SOCKET_ERRORS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND']);
/** What the pg driver and its pool say when the server is gone or the pool cannot get a connection. */
const UNREACHABLE = /Connection terminated|timeout exceeded when trying to connect|not queryable|Connection refused/i;

/**
 * The database cannot be reached: refused or dropped connections, the pool timing out, the server
 * shutting down or refusing connections (SQLSTATE classes 08, 57P01–57P03, 53300).
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const state = sqlState(error);
  if (state && (state.startsWith('08') || ['57P01', '57P02', '57P03', '53300'].includes(state))) return true;
  if (state && SOCKET_ERRORS.has(state)) return true;
  const driver = (error as { driverError?: unknown }).driverError ?? error;
  const message = driver instanceof Error ? driver.message : String((driver as { message?: unknown }).message ?? '');
  return UNREACHABLE.test(message);
}
