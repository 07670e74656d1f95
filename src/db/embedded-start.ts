import { resolve } from 'node:path';
import { lockSync } from 'proper-lockfile';
import { migrations } from '../../migrations';
import { createDatabase, type Database } from './data-source';
import { seedDemoData } from './seed';
import { HOUR } from './seed/context';
import {
  buildTemplate,
  copyTemplate,
  defaultTemplateCacheDir,
  findTemplate,
  isFreshDataDir,
  takeCopiedSeedTime,
  templateKey,
  type TemplateKind,
} from './snapshot';
import { shiftTimes } from './time-shift';

export interface PrepareOptions {
  dataDir: string;
  /** Whether the new database gets the demo data (the `demo` template) or only the schema (`base`). */
  demo: boolean;
  cacheDir?: string;
  /** Called before a step that takes seconds, with a line for the person waiting. */
  progress?: (line: string) => void;
  now?: () => Date;
  /** A data directory snapshot to make the template from instead of running initdb (tests). */
  from?: Blob;
}

/** The migration list, as the template key names it. */
export const migrationNames = (): string[] => migrations.map((m) => m.name);

async function fillTemplate(dataDir: string, kind: TemplateKind, now: Date, from?: Blob): Promise<Date | null> {
  const database = createDatabase({ dataDir, loadDataDir: from });
  try {
    await database.dataSource.initialize();
    await database.dataSource.runMigrations({ transaction: 'each' });
    if (kind === 'base') return null;
    await seedDemoData(database.dataSource, now);
    return now;
  } finally {
    await database.close();
  }
}

/**
 * Makes (or finds) the template that a fresh data directory of this kind is copied from; `npm
 * install` runs this ahead of the first start, so that start only copies.
 */
export async function ensureTemplate(
  options: Omit<PrepareOptions, 'dataDir'>,
): Promise<{ key: string; built: boolean }> {
  const kind: TemplateKind = options.demo ? 'demo' : 'base';
  const cacheDir = options.cacheDir ?? defaultTemplateCacheDir();
  const key = templateKey(kind, migrationNames());
  if (await findTemplate(cacheDir, key)) return { key, built: false };
  options.progress?.('creating the embedded database (first start; about 10 s, later starts reuse it)…');
  const now = (options.now ?? (() => new Date()))();
  await buildTemplate(cacheDir, key, (dir) => fillTemplate(dir, kind, now, options.from));
  return { key, built: true };
}

/**
 * Fills a fresh embedded data directory from its template, making the template first when there
 * is none for the current migrations and code. Returns false, doing nothing, for a data directory
 * that already holds a database (or lives in memory).
 */
export async function prepareDataDir(options: PrepareOptions): Promise<boolean> {
  const { dataDir } = options;
  if (dataDir.startsWith('memory://') || !isFreshDataDir(dataDir)) return false;
  const cacheDir = options.cacheDir ?? defaultTemplateCacheDir();
  const { key } = await ensureTemplate({ ...options, cacheDir });
  const template = await findTemplate(cacheDir, key);
  if (!template) return false;
  await copyTemplate(template, dataDir);
  return true;
}

/**
 * On a copy fresh from the demo template, moves every demo time forward by the whole hours since
 * the template was seeded, so upcoming classes are still upcoming and "2 days ago" still reads so
 * (whole hours keep class starts on the hour). A no-op on any other database.
 */
export async function settleTemplateCopy(database: Database, dataDir: string, now: Date): Promise<void> {
  if (dataDir.startsWith('memory://')) return;
  const pending = await takeCopiedSeedTime(dataDir);
  if (!pending) return;
  if (pending.seededAt) {
    const ms = Math.floor((now.getTime() - pending.seededAt.getTime()) / HOUR) * HOUR;
    if (ms > 0) await database.dataSource.transaction((manager) => shiftTimes(manager, ms));
  }
  await pending.done();
}

/** Where the lock of an embedded data directory lives: beside it, so a fresh directory stays empty. */
export const dataDirLock = (dataDir: string): string => `${resolve(dataDir)}.lock`;

/**
 * Takes the embedded data directory for this process; false when another live server holds it
 * (PGlite has no lock of its own: two servers on one directory would lose each other's writes).
 * The lock is refreshed while the process runs and released when it exits; a crashed holder's
 * lock counts as free once it is 10 s old.
 */
export function lockDataDir(dataDir: string): boolean {
  if (dataDir.startsWith('memory://')) return true;
  try {
    lockSync(dataDir, { realpath: false, lockfilePath: dataDirLock(dataDir), stale: 10_000 });
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === 'ELOCKED') return false;
    throw error;
  }
}
