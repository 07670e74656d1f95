import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { Client } from 'pg';
import { createDatabase, type Database } from '../../src/db/data-source';
import { PG_TEMPLATE_DB, pgliteTemplatePath, withDatabase } from './template';

export const realPostgres = (): boolean => Boolean(process.env.TEST_DATABASE_URL);

export interface TestDatabase {
  database: Database;
  /** Connection URL of the copy on real PostgreSQL (undefined on PGlite). */
  url?: string;
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

/** A fresh, migrated database for one test file: a copy of the run's template. */
export async function createTestDatabase(options: { migrated?: boolean } = {}): Promise<TestDatabase> {
  const migrated = options.migrated ?? true;
  const base = process.env.TEST_DATABASE_URL;
  if (base) {
    const name = `aula_test_${process.pid}_${randomBytes(4).toString('hex')}`;
    await admin((c) =>
      c.query(migrated ? `CREATE DATABASE ${name} TEMPLATE ${PG_TEMPLATE_DB}` : `CREATE DATABASE ${name}`),
    );
    const url = withDatabase(base, name);
    const database = createDatabase({ url, poolSize: 20 });
    await database.dataSource.initialize();
    return {
      database,
      url,
      drop: async () => {
        await database.close();
        await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
      },
    };
  }
  const snapshot = migrated ? new Blob([await readFile(pgliteTemplatePath())]) : undefined;
  const database = createDatabase({ dataDir: 'memory://', loadDataDir: snapshot });
  await database.dataSource.initialize();
  return { database, drop: () => database.close() };
}
