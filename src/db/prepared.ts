import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/**
 * Distinct statements kept prepared. Each one holds a plan in every connection that ran it, so the
 * number is bounded; the planner's statements repeat per operation shape, which is far below this.
 */
const PREPARED_LIMIT = 100;
/** Statements seen once, remembered to tell a repeated statement from a one-off. */
const SEEN_LIMIT = 10_000;

const names = new Map<string, string>();
const seen = new Set<string>();

/** The name a statement runs under: none the first time, so a one-off statement takes no slot. */
function nameOf(text: string): string | undefined {
  const name = names.get(text);
  if (name !== undefined) return name;
  if (!seen.has(text)) {
    if (seen.size >= SEEN_LIMIT) seen.clear();
    seen.add(text);
    return undefined;
  }
  if (names.size >= PREPARED_LIMIT) return undefined;
  const fresh = `aula_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
  names.set(text, fresh);
  seen.delete(text);
  return fresh;
}

/**
 * Runs a read (positional parameters) and returns its rows. Outside a transaction a repeated
 * statement runs as a named prepared statement, so each connection parses and plans it once; the
 * query logger sees it like any other statement.
 */
export async function read<T>(db: EntityManager, text: string, values: unknown[]): Promise<T[]> {
  if (db.queryRunner) return db.query(text, values);
  const { connection } = db;
  connection.logger.logQuery(text, values);
  const pool = (connection.driver as PostgresDriver).master as {
    query(config: { name?: string; text: string; values: unknown[] }): Promise<{ rows: T[] }>;
  };
  const { rows } = await pool.query({ name: nameOf(text), text, values });
  return rows;
}
