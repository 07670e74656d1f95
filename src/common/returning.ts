import type { EntityManager } from 'typeorm';

/**
 * Runs an UPDATE/DELETE … RETURNING and gives its rows. TypeORM's postgres driver answers such
 * statements with `[rows, rowCount]` instead of the rows, unlike SELECT and INSERT.
 */
export async function queryReturning<T>(manager: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  const result: unknown = await manager.query(sql, params);
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') {
    return result[0] as T[];
  }
  return Array.isArray(result) ? (result as T[]) : [];
}
