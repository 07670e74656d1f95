import { rm } from 'node:fs/promises';
import { Client } from 'pg';
import { pgTemplateDb, pgliteTemplatePath } from './template';

/** Removes the run's template database or snapshot. */
export default async function globalTeardown(): Promise<void> {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const admin = new Client({ connectionString: url });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${pgTemplateDb()} WITH (FORCE)`);
    await admin.end();
    return;
  }
  await rm(pgliteTemplatePath(), { force: true });
}
