/**
 * npm run seed:bench -- --users 10000 [--force] [--verbose]
 *
 * Migrates the PostgreSQL database at DATABASE_URL and fills it with the deterministic bench
 * dataset (see bench/README.md).
 */
import { intFlag, parseFlags, rejectUnknown, runMain, SetupError } from './lib/args';
import { MAX_USERS, MIN_USERS, scaleFor } from './seed/scale';
import { INVARIANTS } from './seed/invariants';
import { DATASET_TABLES, seedDatabase } from './seed/seed-database';

async function main(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2));
  rejectUnknown(flags, ['users', 'force', 'verbose']);
  const users = intFlag(flags, 'users', 10_000, MIN_USERS, MAX_USERS);
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new SetupError(
      'DATABASE_URL is not set: the bench dataset goes into real PostgreSQL, e.g.\n' +
        '  DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_local npm run seed:bench -- --users 10000',
    );
  }
  const scale = scaleFor(users);
  process.stdout.write(`Seeding ${new URL(url).pathname.slice(1)} with the bench dataset for ${users} users…\n`);
  const verbose = flags.get('verbose') === 'true';
  const report = await seedDatabase(url, scale, {
    force: flags.get('force') === 'true',
    onStep: verbose ? (label, ms) => process.stdout.write(`  ${String(ms).padStart(6)} ms  ${label}\n`) : undefined,
  });
  if (report.migrationsApplied > 0) process.stdout.write(`Applied ${report.migrationsApplied} migrations.\n`);
  const width = Math.max(...DATASET_TABLES.map((t) => t.length));
  for (const table of DATASET_TABLES) {
    process.stdout.write(`  ${table.padEnd(width)}  ${report.counts[table].toLocaleString('en-US').padStart(9)}\n`);
  }
  process.stdout.write(
    `Seeded in ${(report.seedMs / 1000).toFixed(1)} s (one transaction), ` +
      `VACUUM ANALYZE ${(report.vacuumMs / 1000).toFixed(1)} s.\n`,
  );
  if (report.broken.length > 0) {
    for (const { rule, rows } of report.broken) process.stderr.write(`Broken: ${rule} (${rows} rows)\n`);
    process.exitCode = 1;
  } else {
    process.stdout.write(`All ${INVARIANTS.length} dataset invariants hold.\n`);
  }
}

runMain(main);
