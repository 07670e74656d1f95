import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { Client } from 'pg';
import { createDatabase } from '../../src/db/data-source';
import { PGLITE_TEMPLATE_ENV, PG_TEMPLATE_DB, pgliteTemplatePath, withDatabase } from './template';

/** Migrates one template database per run; every test file starts from a copy of it. */
export default async function globalSetup(): Promise<void> {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const admin = new Client({ connectionString: url });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${PG_TEMPLATE_DB} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${PG_TEMPLATE_DB}`);
    await admin.end();
    const db = createDatabase({ url: withDatabase(url, PG_TEMPLATE_DB), poolSize: 1 });
    await db.dataSource.initialize();
    await db.dataSource.runMigrations({ transaction: 'each' });
    await db.close();
    return;
  }
  const db = createDatabase({ dataDir: 'memory://' });
  await db.dataSource.initialize();
  await db.dataSource.runMigrations({ transaction: 'each' });
  const snapshot = await db.pglite!.dumpDataDir('gzip');
  const path = pgliteTemplatePath();
  await writeFile(path, Buffer.from(await snapshot.arrayBuffer()));
  // Workers are forked after global setup and inherit this.
  process.env[PGLITE_TEMPLATE_ENV] = path;
  await db.close();
}
