import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Client } from 'pg';
import { INVARIANTS } from '../bench/seed/invariants';
import { scaleFor } from '../bench/seed/scale';
import { realPostgres } from './helpers/database';
import { withDatabase } from './helpers/template';

const pgDescribe = realPostgres() ? describe : describe.skip;

const root = join(__dirname, '..');
const USERS = 200;

interface Run {
  code: number;
  output: string;
}

/** Runs `npm run seed:bench` the way a person does (ts-node), with only the given environment. */
function seed(env: Record<string, string>, args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(root, 'node_modules', 'ts-node', 'dist', 'bin.js'), 'bench/seed.ts', ...args],
      { cwd: root, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, output: `${stdout}${stderr}` });
      },
    );
  });
}

describe('npm run seed:bench', () => {
  it('refuses to run without DATABASE_URL, saying what to set', async () => {
    const run = await seed({}, ['--users', String(USERS)]);
    expect(run.code).toBe(1);
    expect(run.output).toContain('DATABASE_URL is not set');
  });
});

pgDescribe('npm run seed:bench -- --users 200 (needs real PostgreSQL: the dataset is for benchmarks on it)', () => {
  const name = `aula_bench_seed_${process.pid}_${randomBytes(4).toString('hex')}`;
  // Built in beforeAll: a skipped describe still runs its body, without TEST_DATABASE_URL.
  let url: string;
  let admin: Client;
  let db: Client;
  let first: Run;

  const count = async (sql: string, params: unknown[] = []): Promise<number> =>
    Number((await db.query<{ count: string }>(sql, params)).rows[0].count);

  /** A digest of every row of the dataset, to compare two runs. */
  const fingerprint = async (): Promise<string> => {
    const tables = ['users', 'user_roles', 'tasks', 'virtual_classes', 'user_activities', 'mentorships', 'messages'];
    const digests: string[] = [];
    for (const table of [...tables, 'earned_badges', 'notifications']) {
      const { rows } = await db.query<{ md5: string }>(
        `SELECT md5(string_agg(t::text, '|' ORDER BY t."id")) AS md5 FROM "${table}" t`,
      );
      digests.push(rows[0].md5);
    }
    for (const table of ['user_mentor_skills', 'user_mentee_skills']) {
      const { rows } = await db.query<{ md5: string }>(
        `SELECT md5(string_agg(t::text, '|' ORDER BY t."user_id", t."skill_id")) AS md5 FROM "${table}" t`,
      );
      digests.push(rows[0].md5);
    }
    return digests.join(',');
  };

  beforeAll(async () => {
    url = withDatabase(process.env.TEST_DATABASE_URL ?? '', name);
    admin = new Client({ connectionString: process.env.TEST_DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    first = await seed({ DATABASE_URL: url }, ['--users', String(USERS)]);
    db = new Client({ connectionString: url });
    await db.connect();
  }, 120_000);

  afterAll(async () => {
    await db?.end();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });

  it('migrates the empty database, seeds it and reports the counts', () => {
    expect(first.code).toBe(0);
    expect(first.output).toContain('Applied');
    expect(first.output).toMatch(/users\s+200\n/);
    expect(first.output).toContain(`All ${INVARIANTS.length} dataset invariants hold.`);
  });

  it('writes the proportional counts', async () => {
    const scale = scaleFor(USERS);
    expect(await count(`SELECT count(*) FROM "users"`)).toBe(USERS);
    expect(await count(`SELECT count(*) FROM "tasks"`)).toBe(scale.tasks);
    expect(await count(`SELECT count(*) FROM "virtual_classes"`)).toBe(scale.classes);
    expect(await count(`SELECT count(*) FROM "mentorships"`)).toBe(scale.mentorships);
    expect(await count(`SELECT count(*) FROM "messages"`)).toBe(scale.messages);
    expect(await count(`SELECT count(*) FROM "earned_badges"`)).toBe(scale.badges);
    expect(await count(`SELECT count(*) FROM "notifications"`)).toBe(scale.badges);
    // LEARNER for all, MENTOR for half, re-granted MENTOR for one mentor in twenty, ADMIN for users 1 and 5.
    expect(await count(`SELECT count(*) FROM "user_roles"`)).toBe(USERS + USERS / 2 + USERS / 20 + 2);
    const activities = await count(`SELECT count(*) FROM "user_activities"`);
    expect(activities).toBeGreaterThan(scale.classes * 40);
    expect(activities).toBeLessThanOrEqual(scale.classes * 50);
  });

  it.each(INVARIANTS.map((i) => [i.rule, i.sql]))('keeps the rule: %s', async (_rule, sql) => {
    expect(await count(sql)).toBe(0);
  });

  it('gives the bench users their roles and the mentor a busy inbox', async () => {
    const effective = (email: string, role: string): Promise<number> =>
      count(
        `SELECT count(*) FROM "user_roles" r JOIN "users" u ON u."id" = r."user_id"
         WHERE u."email" = $1 AND r."role" = $2 AND r."is_active" AND r."effective_start_date" <= now()
           AND (r."effective_end_date" IS NULL OR r."effective_end_date" > now())`,
        [email, role],
      );
    expect(await effective('bench.admin@example.org', 'ADMIN')).toBe(1);
    expect(await effective('bench.mentor@example.org', 'MENTOR')).toBe(1);
    expect(await effective('bench.learner@example.org', 'LEARNER')).toBe(1);
    const asMentor = await count(
      `SELECT count(*) FROM "mentorships" m JOIN "users" u ON u."id" = m."mentor_id"
       WHERE u."email" = 'bench.mentor@example.org'`,
    );
    expect(asMentor).toBe(scaleFor(USERS).benchMentorships);
    expect(
      await count(
        `SELECT count(*) FROM "mentorships" m JOIN "users" u ON u."id" = m."mentor_id"
         WHERE u."email" = 'bench.mentor@example.org' AND m."status" = 'ACTIVE'`,
      ),
    ).toBeGreaterThan(0);
  });

  it('leaves upcoming classes with free seats for the write scenario', async () => {
    expect(
      await count(
        `SELECT count(*) FROM "virtual_classes"
         WHERE "status" = 'SCHEDULED' AND "starts_at" > now() AND "participant_count" < "max_participants"`,
      ),
    ).toBeGreaterThan(0);
  });

  it('writes identical data when run again', async () => {
    const before = await fingerprint();
    const again = await seed({ DATABASE_URL: url }, ['--users', String(USERS)]);
    expect(again.code).toBe(0);
    expect(again.output).not.toContain('Applied');
    expect(await fingerprint()).toBe(before);
  }, 120_000);

  it('refuses a database holding users of its own', async () => {
    await db.query(`UPDATE "users" SET "email" = 'someone@example.com' WHERE "email" = 'bench.user4@example.org'`);
    const run = await seed({ DATABASE_URL: url }, ['--users', String(USERS)]);
    expect(run.code).toBe(1);
    expect(run.output).toContain('Refusing to seed');
  }, 120_000);
});
