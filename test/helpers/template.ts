import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where the migrated PGlite snapshot lives; one per test run. */
export const PGLITE_TEMPLATE_ENV = 'AULA_PGLITE_TEMPLATE';
export const pgliteTemplatePath = (): string =>
  process.env[PGLITE_TEMPLATE_ENV] ?? join(tmpdir(), `aula-pglite-template-${process.pid}.tar.gz`);

/** The migrated PostgreSQL database each test file's database is copied from; one per test run. */
export const PG_TEMPLATE_ENV = 'AULA_PG_TEMPLATE';
export const pgTemplateDb = (): string => process.env[PG_TEMPLATE_ENV] ?? `aula_template_${process.pid}`;

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
