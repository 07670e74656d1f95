import { createHash, randomBytes } from 'node:crypto';
import { constants, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';

/**
 * A template is a data directory made once (initdb, every migration, and for `demo` the demo seed)
 * and copied into each new DATA_DIR: copying takes a fraction of a second, making one takes ten.
 */
export type TemplateKind = 'base' | 'demo';

export interface Template {
  /** The PGlite data directory to copy. */
  dataDir: string;
  /** The "now" the demo seed was made at; null for a template without demo data. */
  seededAt: Date | null;
}

/** Written beside a template's data directory, and into every copy until its times are moved. */
const META_FILE = 'aula-template.json';
const TEMPLATE_DATA = 'pgdata';

interface TemplateMeta {
  key: string;
  seededAt: string | null;
}

function findProjectRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return from;
  }
}

/** `node_modules/.cache/aula` of the project that runs: wiped by a clean install, kept across `rm -rf .data`. */
export function defaultTemplateCacheDir(): string {
  return join(findProjectRoot(__dirname), 'node_modules', '.cache', 'aula');
}

function pgliteVersion(): string {
  const entry = require.resolve('@electric-sql/pglite');
  const manifest = join(dirname(entry), '..', 'package.json');
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.includes('.test.'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/**
 * Names everything a template's content depends on: its kind, the PGlite version (the data
 * directory format), the migrations in order, and the source of the migrations and of the app
 * (the seed writes through entities and payload builders). Any change gives a new template, so a
 * stale schema or seed is never copied.
 */
export function templateKey(kind: TemplateKind, migrationNames: readonly string[]): string {
  const root = findProjectRoot(__dirname);
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ kind, pglite: pgliteVersion(), migrations: migrationNames }));
  for (const file of [...sourceFiles(join(root, 'src')), ...sourceFiles(join(root, 'migrations'))]) {
    hash.update(`\0${relative(root, file)}\0`);
    hash.update(readFileSync(file));
  }
  return `${kind}-${hash.digest('hex').slice(0, 16)}`;
}

async function readMeta(file: string): Promise<TemplateMeta | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as TemplateMeta;
  } catch {
    return undefined;
  }
}

/** The finished template for `key`, if there is one. */
export async function findTemplate(cacheDir: string, key: string): Promise<Template | undefined> {
  const dir = join(cacheDir, key);
  const meta = await readMeta(join(dir, META_FILE));
  if (meta?.key !== key || !existsSync(join(dir, TEMPLATE_DATA))) return undefined;
  return { dataDir: join(dir, TEMPLATE_DATA), seededAt: meta.seededAt ? new Date(meta.seededAt) : null };
}

/**
 * Makes the template for `key`: `fill` creates, migrates and (for demo) seeds a data directory and
 * closes it, returning the seed's "now". It is built aside and renamed into place, so a crash
 * leaves no half template and two processes building at once both end up with a whole one.
 * Older templates of the same kind are removed.
 */
export async function buildTemplate(
  cacheDir: string,
  key: string,
  fill: (dataDir: string) => Promise<Date | null>,
): Promise<Template> {
  await mkdir(cacheDir, { recursive: true });
  const staging = join(cacheDir, `${key}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    const seededAt = await fill(join(staging, TEMPLATE_DATA));
    const meta: TemplateMeta = { key, seededAt: seededAt?.toISOString() ?? null };
    await writeFile(join(staging, META_FILE), JSON.stringify(meta));
    try {
      await rename(staging, join(cacheDir, key));
    } catch (error) {
      // Another process finished the same template first; theirs is as good.
      if (!(await findTemplate(cacheDir, key))) throw error;
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  const kind = key.slice(0, key.indexOf('-') + 1);
  for (const entry of await readdir(cacheDir)) {
    if (entry !== key && entry.startsWith(kind) && !entry.includes('.tmp-')) {
      await rm(join(cacheDir, entry), { recursive: true, force: true });
    }
  }
  const template = await findTemplate(cacheDir, key);
  if (!template) throw new Error(`the template ${key} vanished while it was being made`);
  return template;
}

/** True when `dataDir` holds nothing yet, so a template may become it. */
export function isFreshDataDir(dataDir: string): boolean {
  return !existsSync(dataDir) || readdirSync(dataDir).length === 0;
}

/**
 * A plain recursive copy: about twice as fast as `fs.promises.cp` on a data directory's thousand
 * small files, which that spends hopping between the thread pool and the event loop.
 */
function copyDirSync(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) copyDirSync(source, target);
    else copyFileSync(source, target, constants.COPYFILE_FICLONE);
  }
}

/**
 * Copies a template into a fresh `dataDir`, beside it first and then renamed into place, so an
 * interrupted copy never leaves a half database behind. The copy carries the seed's time until
 * `takeCopiedSeedTime` collects it.
 */
export async function copyTemplate(template: Template, dataDir: string): Promise<void> {
  const target = resolve(dataDir);
  const staging = join(dirname(target), `.${basename(target)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    copyDirSync(template.dataDir, staging);
    const meta = { seededAt: template.seededAt?.toISOString() ?? null };
    await writeFile(join(staging, META_FILE), JSON.stringify(meta));
    if (existsSync(target)) await rmdir(target);
    await rename(staging, target);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/**
 * The seed time of a template copy whose times have not been moved to the present yet, and a
 * function that forgets it once they have; undefined for any other data directory.
 */
export async function takeCopiedSeedTime(
  dataDir: string,
): Promise<{ seededAt: Date | null; done: () => Promise<void> } | undefined> {
  const file = join(dataDir, META_FILE);
  const meta = await readMeta(file);
  if (!meta) return undefined;
  return { seededAt: meta.seededAt ? new Date(meta.seededAt) : null, done: () => rm(file, { force: true }) };
}
