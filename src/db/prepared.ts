import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/**
 * Names for statements worth preparing: none the first time a text is seen, so a one-off statement
 * takes no slot; a name from the second time on, for at most `limit` distinct texts. Each prepared
 * statement holds a plan in every connection that ran it, so the number is bounded; the planner's
 * statements repeat per operation shape, far below the default.
 */
export class StatementNames {
  private readonly names = new Map<string, string>();
  private readonly seen = new Set<string>();

  constructor(
    private readonly limit = 100,
    private readonly seenLimit = 10_000,
  ) {}

  nameOf(text: string): string | undefined {
    const name = this.names.get(text);
    if (name !== undefined) return name;
    if (!this.seen.has(text)) {
      if (this.seen.size >= this.seenLimit) this.seen.clear();
      this.seen.add(text);
      return undefined;
    }
    if (this.names.size >= this.limit) return undefined;
    const fresh = `aula_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    this.names.set(text, fresh);
    this.seen.delete(text);
    return fresh;
  }
}

const statementNames = new StatementNames();

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
  const { rows } = await pool.query({ name: statementNames.nameOf(text), text, values });
  return rows;
}
