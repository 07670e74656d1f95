import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { readPool } from './read-routing';

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
 * query logger sees it like any other statement. It runs where `db`'s reads go (a replica or the primary).
 */
export async function read<T>(db: EntityManager, text: string, values: unknown[]): Promise<T[]> {
  if (db.queryRunner) return db.query(text, values);
  const { connection } = db;
  connection.logger.logQuery(text, values);
  // The primary's pool, or a replica's for a request reading from replicas (src/db/read-routing.ts).
  const { rows } = await readPool(db).query({ name: statementNames.nameOf(text), text, values });
  return rows as T[];
}
