import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { Client } from 'pg';
import { createDatabase, type Database } from '../../src/db/data-source';
import { QueryCounter } from './query-counter';
import { pgTemplateDb, pgliteTemplatePath, withDatabase } from './template';

export const realPostgres = (): boolean => Boolean(process.env.TEST_DATABASE_URL);

export interface TestDatabase {
  database: Database;
  /** Connection URL of the copy on real PostgreSQL (undefined on PGlite). */
  url?: string;
  /** Counts every SQL statement run through `database`. */
  queries: QueryCounter;
  drop(): Promise<void>;
}

async function admin<T>(fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: process.env.TEST_DATABASE_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * A fresh, migrated database for one test file: a copy of the run's template. `via` rewrites the
 * URL the app connects with (real PostgreSQL), e.g. to go through a proxy a test can cut; `replicas`
 * gives read replica URLs for the copy (e.g. the copy itself under another name).
 */
export async function createTestDatabase(
  options: { migrated?: boolean; via?: (url: string) => string; replicas?: (url: string) => string[] } = {},
): Promise<TestDatabase> {
  const migrated = options.migrated ?? true;
  const base = process.env.TEST_DATABASE_URL;
  const queries = new QueryCounter();
  if (base) {
    const name = `aula_test_${process.pid}_${randomBytes(4).toString('hex')}`;
    await admin((c) =>
      c.query(migrated ? `CREATE DATABASE ${name} TEMPLATE ${pgTemplateDb()}` : `CREATE DATABASE ${name}`),
    );
    const url = withDatabase(base, name);
    const database = createDatabase({
      url: options.via ? options.via(url) : url,
      replicaUrls: options.replicas?.(url),
      poolSize: 20,
      logger: queries,
    });
    await database.dataSource.initialize();
    return {
      database,
      url,
      queries,
      drop: async () => {
        await database.close();
        await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
      },
    };
  }
  const snapshot = migrated ? new Blob([await readFile(pgliteTemplatePath())]) : undefined;
  const database = createDatabase({ dataDir: 'memory://', loadDataDir: snapshot, logger: queries });
  await database.dataSource.initialize();
  return { database, queries, drop: () => database.close() };
}
