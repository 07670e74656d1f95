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
