import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { Client } from 'pg';
import { createDatabase } from '../../src/db/data-source';
import { PGLITE_TEMPLATE_ENV, PG_TEMPLATE_ENV, pgTemplateDb, pgliteTemplatePath, withDatabase } from './template';

/** Migrates one template database per run; every test file starts from a copy of it. */
export default async function globalSetup(): Promise<void> {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    // Workers are forked after global setup and inherit these variables.
    process.env[PG_TEMPLATE_ENV] = `aula_template_${process.pid}`;
    const name = pgTemplateDb();
    const admin = new Client({ connectionString: url });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const db = createDatabase({ url: withDatabase(url, name), poolSize: 1 });
    await db.dataSource.initialize();
    await db.dataSource.runMigrations({ transaction: 'each' });
    await db.close();
    return;
  }
  process.env[PGLITE_TEMPLATE_ENV] = pgliteTemplatePath();
  const db = createDatabase({ dataDir: 'memory://' });
  await db.dataSource.initialize();
  await db.dataSource.runMigrations({ transaction: 'each' });
  const snapshot = await db.pglite!.dumpDataDir('gzip');
  await writeFile(pgliteTemplatePath(), Buffer.from(await snapshot.arrayBuffer()));
  await db.close();
}
