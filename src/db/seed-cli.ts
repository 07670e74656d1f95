import 'reflect-metadata';
import { parseEnv } from '../config/env';
import { createDatabase } from './data-source';
import { seedDemoData } from './seed';

/** `npm run seed`: migrates the configured database, then adds the demo data once. */
export async function main(): Promise<number> {
  let close: (() => Promise<void>) | undefined;
  try {
    const env = parseEnv();
    const db = createDatabase({ url: env.DATABASE_URL, dataDir: env.DATA_DIR });
    close = () => db.close();
    await db.dataSource.initialize();
    await db.dataSource.runMigrations({ transaction: 'each' });
    const seeded = await seedDemoData(db.dataSource);
    console.log(seeded ? 'Demo data seeded.' : 'Demo data already present; nothing to do.');
    return 0;
  } catch (error: unknown) {
    console.error(`Seeding failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    if (close) {
      try {
        await close();
      } catch (error: unknown) {
        console.error(`Closing the database failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
}

if (require.main === module) {
  void main().then((code) => process.exit(code));
}
