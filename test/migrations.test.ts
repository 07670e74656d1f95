import { migrations } from '../migrations';
import { createTestDatabase, type TestDatabase } from './helpers/database';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase({ migrated: false });
});
afterAll(() => db.drop());

async function tables(): Promise<string[]> {
  const rows: Array<{ table_name: string }> = await db.database.dataSource.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
  );
  return rows.map((r) => r.table_name);
}

describe('migrations', () => {
  it('apply from an empty database, and the entities match them (nothing left to generate)', async () => {
    const { dataSource } = db.database;
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    expect(applied.map((m) => m.name)).toEqual(migrations.map((M) => new M().name));
    expect(await dataSource.showMigrations()).toBe(false);
    const diff = await dataSource.driver.createSchemaBuilder().log();
    expect(diff.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('revert cleanly down to zero, then apply again', async () => {
    const { dataSource } = db.database;
    for (let i = 0; i < migrations.length; i += 1) await dataSource.undoLastMigration({ transaction: 'each' });
    expect(await tables()).toEqual(['migrations']);
    const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM migrations`);
    expect(count).toBe(0);
    await dataSource.runMigrations({ transaction: 'each' });
    expect(await dataSource.showMigrations()).toBe(false);
    expect(await tables()).toContain('users');
  });
});
