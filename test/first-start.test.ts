import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabase, type Database } from '../src/db/data-source';
import { migrationNames, prepareDataDir, settleTemplateCopy } from '../src/db/embedded-start';
import { DAY, DEMO_OWNER_EMAIL, HOUR, MINUTE } from '../src/db/seed/context';
import { buildTemplate, findTemplate, templateKey } from '../src/db/snapshot';
import { pgliteTemplatePath } from './helpers/template';

/** The run's migrated snapshot (a PostgreSQL run has none: then one is made here). */
async function migratedSnapshot(): Promise<Blob> {
  if (existsSync(pgliteTemplatePath())) return new Blob([await readFile(pgliteTemplatePath())]);
  const db = createDatabase({ dataDir: 'memory://' });
  await db.dataSource.initialize();
  await db.dataSource.runMigrations({ transaction: 'each' });
  const snapshot = await db.pglite!.dumpDataDir('gzip');
  await db.close();
  return snapshot;
}

interface Times {
  classes: Map<string, number>;
  audit: Map<string, number>;
  /** Every ISO time inside notification payloads, by notification id and key. */
  payloads: Map<string, number>;
}

async function times(database: Database): Promise<Times> {
  const q = (sql: string): Promise<Array<Record<string, unknown>>> => database.dataSource.query(sql);
  const byId = (rows: Array<Record<string, unknown>>, column: string): Map<string, number> =>
    new Map(rows.map((r) => [String(r.id), new Date(r[column] as Date).getTime()]));
  const payloads = new Map<string, number>();
  for (const row of await q('SELECT id, payload FROM notifications')) {
    for (const [key, value] of Object.entries(row.payload as Record<string, unknown>)) {
      if (typeof value === 'string' && /^\d{4}-\d\d-\d\dT/.test(value))
        payloads.set(`${row.id}.${key}`, Date.parse(value));
    }
  }
  return {
    classes: byId(await q('SELECT id, starts_at FROM virtual_classes'), 'starts_at'),
    audit: byId(await q('SELECT id, created_at FROM audit_logs'), 'created_at'),
    payloads,
  };
}

function movedBy(before: Map<string, number>, after: Map<string, number>): number[] {
  expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
  return [...new Set([...before].map(([id, t]) => after.get(id)! - t))];
}

let work: string;
let from: Blob;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'aula-first-start-'));
  from = await migratedSnapshot();
});
afterAll(() => rm(work, { recursive: true, force: true }));

describe('a fresh data directory made from the demo template', () => {
  // The template was seeded three days and twenty minutes ago (a cache kept since an earlier install).
  const seededAt = new Date(Date.now() - 3 * DAY - 20 * MINUTE);
  const progress = jest.fn<void, [string]>();
  let cacheDir: string;
  beforeAll(() => {
    cacheDir = join(work, 'cache');
  });

  it('has every migration and the demo users, and its demo times are moved to the present once', async () => {
    const dataDir = join(work, 'data');
    expect(await prepareDataDir({ dataDir, demo: true, cacheDir, from, progress, now: () => seededAt })).toBe(true);
    expect(progress).toHaveBeenCalledTimes(1);

    const database = createDatabase({ dataDir });
    try {
      await database.dataSource.initialize();
      expect(await database.dataSource.showMigrations()).toBe(false);
      const [{ count }] = await database.dataSource.query('SELECT count(*)::int AS count FROM users');
      expect(count).toBeGreaterThanOrEqual(12);
      const owner = await database.dataSource.query('SELECT 1 FROM users WHERE email = $1', [DEMO_OWNER_EMAIL]);
      expect(owner).toHaveLength(1);

      const asSeeded = await times(database);
      await settleTemplateCopy(database, dataDir, new Date());
      const settled = await times(database);
      // Whole hours, so class starts stay on the hour; everything moves together.
      expect(movedBy(asSeeded.classes, settled.classes)).toEqual([3 * DAY]);
      expect(movedBy(asSeeded.audit, settled.audit)).toEqual([3 * DAY]);
      expect(asSeeded.payloads.size).toBeGreaterThan(0);
      expect(movedBy(asSeeded.payloads, settled.payloads)).toEqual([3 * DAY]);
      for (const t of settled.classes.values()) expect(t % HOUR).toBe(0);

      await settleTemplateCopy(database, dataDir, new Date(Date.now() + 5 * HOUR));
      expect(await times(database)).toEqual(settled);
    } finally {
      await database.close();
    }
  });

  it('is made once: the next fresh directory only copies it', async () => {
    progress.mockClear();
    const dataDir = join(work, 'data-2');
    await mkdir(dataDir);
    expect(await prepareDataDir({ dataDir, demo: true, cacheDir, from, progress })).toBe(true);
    expect(progress).not.toHaveBeenCalled();
    expect(existsSync(join(dataDir, 'PG_VERSION'))).toBe(true);
  });

  it('leaves a data directory that already holds a database alone', async () => {
    expect(await prepareDataDir({ dataDir: join(work, 'data'), demo: true, cacheDir, from, progress })).toBe(false);
    expect(await prepareDataDir({ dataDir: 'memory://', demo: true, cacheDir, from, progress })).toBe(false);
  });
});

describe('the template key', () => {
  it('changes with the migration list and the kind', () => {
    const current = templateKey('demo', migrationNames());
    expect(templateKey('demo', migrationNames())).toBe(current);
    expect(templateKey('demo', [...migrationNames(), 'AddSomething1900000000000'])).not.toBe(current);
    expect(templateKey('demo', migrationNames().slice(0, -1))).not.toBe(current);
    expect(templateKey('base', migrationNames())).not.toBe(current);
  });

  it('finds no template for another migration list; making that one replaces the old', async () => {
    const cacheDir = join(work, 'keys');
    const fill = async (dataDir: string): Promise<Date | null> => {
      await mkdir(dataDir, { recursive: true });
      await writeFile(join(dataDir, 'PG_VERSION'), '18');
      return null;
    };
    const oldKey = templateKey('demo', migrationNames());
    const newKey = templateKey('demo', [...migrationNames(), 'AddSomething1900000000000']);
    await buildTemplate(cacheDir, oldKey, fill);
    expect(await findTemplate(cacheDir, oldKey)).toBeDefined();
    expect(await findTemplate(cacheDir, newKey)).toBeUndefined();

    await buildTemplate(cacheDir, newKey, fill);
    expect(await findTemplate(cacheDir, newKey)).toBeDefined();
    expect(await findTemplate(cacheDir, oldKey)).toBeUndefined();
  });
});
