import type { SeedScale } from './scale';

/** One statement of the seed, run in order inside the seed's transaction. */
export interface SeedStep {
  label: string;
  sql: string;
  params?: unknown[];
}

/**
 * Clears the previous dataset and sets up what the later statements share: the scale as a one-row
 * temporary table, and two SQL functions that derive ids and spread values from labels (md5, so the same
 * label gives the same value on every run and every PostgreSQL version).
 */
export function setupSteps(scale: SeedScale): SeedStep[] {
  return [
    {
      label: 'clear previous data',
      // Every domain table references users, directly or through another table, so CASCADE reaches
      // them all; the catalog (skills, badges) and the migrations table are kept.
      sql: `TRUNCATE "users", "outbox" RESTART IDENTITY CASCADE`,
    },
    {
      label: 'scale',
      sql: `CREATE TEMP TABLE bench_scale (
              users int NOT NULL, tasks int NOT NULL, classes int NOT NULL, mentorships int NOT NULL,
              bench_mentorships int NOT NULL, messages int NOT NULL, badges int NOT NULL
            ) ON COMMIT DROP`,
    },
    {
      label: 'scale values',
      sql: `INSERT INTO bench_scale VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      params: [
        scale.users,
        scale.tasks,
        scale.classes,
        scale.mentorships,
        scale.benchMentorships,
        scale.messages,
        scale.badges,
      ],
    },
    // A one-row table: without statistics the planner guesses ~1,450 rows, and its cross joins look
    // costly enough to JIT-compile every statement, which alone takes seconds.
    { label: 'analyze scale', sql: `ANALYZE bench_scale` },
    { label: 'no JIT', sql: `SET LOCAL jit = off` },
    {
      label: 'id function',
      sql: `CREATE OR REPLACE FUNCTION pg_temp.bench_id(label text) RETURNS uuid
            LANGUAGE sql IMMUTABLE AS $$ SELECT md5('bench:' || label)::uuid $$`,
    },
    {
      label: 'hash function',
      sql: `CREATE OR REPLACE FUNCTION pg_temp.bench_hash(label text) RETURNS bigint
            LANGUAGE sql IMMUTABLE AS $$ SELECT ('x' || substr(md5(label), 1, 12))::bit(48)::bigint $$`,
    },
  ];
}

/** Builds, keys and analyzes a temporary table (autovacuum never analyzes temporary tables). */
export function tempTable(name: string, key: string, select: string): SeedStep[] {
  return [
    { label: `plan ${name}`, sql: `CREATE TEMP TABLE ${name} ON COMMIT DROP AS ${select}` },
    { label: `key ${name}`, sql: `ALTER TABLE ${name} ADD PRIMARY KEY (${key})` },
    { label: `analyze ${name}`, sql: `ANALYZE ${name}` },
  ];
}
