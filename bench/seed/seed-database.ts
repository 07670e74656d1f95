import 'reflect-metadata';
import type { QueryRunner } from 'typeorm';
import { createDatabase } from '../../src/db/data-source';
import { SetupError } from '../lib/args';
import { badgeSteps } from './badges';
import { classPlanSteps, classSteps } from './classes';
import { INVARIANTS } from './invariants';
import { mentorshipSteps } from './mentorships';
import type { SeedScale } from './scale';
import { setupSteps, type SeedStep } from './step';
import { userPlanSteps, userSteps } from './users';

/** The tables the dataset fills, in the order their counts are reported. */
export const DATASET_TABLES = [
  'users',
  'user_roles',
  'user_mentor_skills',
  'user_mentee_skills',
  'tasks',
  'virtual_classes',
  'user_activities',
  'mentorships',
  'messages',
  'earned_badges',
  'notifications',
] as const;

export interface SeedReport {
  counts: Record<string, number>;
  /** Migrations applied by this run (none when the database was already current). */
  migrationsApplied: number;
  seedMs: number;
  vacuumMs: number;
  /** The rules of INVARIANTS that the data breaks (none, unless the seed has a bug). */
  broken: Array<{ rule: string; rows: number }>;
}

/** Every statement of the dataset, in order. */
export function seedSteps(scale: SeedScale): SeedStep[] {
  return [
    ...setupSteps(scale),
    ...userPlanSteps,
    ...classPlanSteps,
    ...userSteps,
    ...classSteps,
    ...mentorshipSteps,
    ...badgeSteps,
  ];
}

const BENCH_EMAIL = `bench.%@example.org`;

async function countRows(runner: QueryRunner): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of DATASET_TABLES) {
    const rows = (await runner.query(`SELECT count(*)::int AS count FROM "${table}"`)) as Array<{ count: number }>;
    counts[table] = rows[0].count;
  }
  return counts;
}

async function brokenRules(runner: QueryRunner): Promise<SeedReport['broken']> {
  const broken: SeedReport['broken'] = [];
  for (const { rule, sql } of INVARIANTS) {
    const rows = (await runner.query(sql)) as Array<{ count: string }>;
    if (Number(rows[0].count) > 0) broken.push({ rule, rows: Number(rows[0].count) });
  }
  return broken;
}

/**
 * Migrates the database at `url` with the app's migrations, then replaces its domain data with the
 * bench dataset in one transaction, then VACUUM ANALYZE. Refuses a database holding users that are
 * not bench users unless `force`, since the first statement empties every domain table.
 */
export async function seedDatabase(
  url: string,
  scale: SeedScale,
  options: { force: boolean; onStep?: (label: string, ms: number) => void },
): Promise<SeedReport> {
  const database = createDatabase({ url, poolSize: 1 });
  try {
    await database.dataSource.initialize();
  } catch (error) {
    throw new SetupError(`Cannot open DATABASE_URL: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    const applied = await database.dataSource.runMigrations({ transaction: 'each' });
    const runner = database.dataSource.createQueryRunner();
    try {
      const [{ others }] = (await runner.query(
        `SELECT count(*)::int AS others FROM "users" WHERE "email" NOT LIKE $1`,
        [BENCH_EMAIL],
      )) as Array<{ others: number }>;
      if (others > 0 && !options.force) {
        throw new SetupError(
          `Refusing to seed: the database has ${others} users that are not bench users, and seeding empties every ` +
            `domain table. Point DATABASE_URL at a scratch database, or pass --force.`,
        );
      }
      const started = Date.now();
      await runner.startTransaction();
      try {
        for (const step of seedSteps(scale)) {
          const stepStarted = Date.now();
          try {
            await runner.query(step.sql, step.params);
            options.onStep?.(step.label, Date.now() - stepStarted);
          } catch (error) {
            throw new Error(`seed step "${step.label}" failed: ${error instanceof Error ? error.message : error}`);
          }
        }
        await runner.commitTransaction();
      } catch (error) {
        await runner.rollbackTransaction();
        throw error;
      }
      const seedMs = Date.now() - started;
      const vacuumStarted = Date.now();
      await runner.query('VACUUM ANALYZE');
      const vacuumMs = Date.now() - vacuumStarted;
      return {
        counts: await countRows(runner),
        migrationsApplied: applied.length,
        seedMs,
        vacuumMs,
        broken: await brokenRules(runner),
      };
    } finally {
      await runner.release();
    }
  } finally {
    await database.close();
  }
}
