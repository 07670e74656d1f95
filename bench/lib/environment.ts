import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import type { Client } from 'pg';
import { SetupError } from './args';
import { SEED_HINT } from './fixtures';
import { ROOT } from './server';

/** Tables whose sizes describe the dataset, with the short names printed for them. */
const DATASET: Array<[table: string, label: string]> = [
  ['users', 'users'],
  ['user_roles', 'roles'],
  ['virtual_classes', 'classes'],
  ['user_activities', 'activities'],
  ['mentorships', 'mentorships'],
  ['messages', 'messages'],
  ['earned_badges', 'badges'],
];

function git(args: string[]): string | null {
  try {
    return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

/** The checked-out commit, marked "+changes" when the work tree differs from it. */
export function commitLabel(): string {
  const commit = git(['rev-parse', '--short', 'HEAD']) ?? 'unknown';
  return git(['status', '--porcelain', '--untracked-files=no'])?.length ? `${commit}+changes` : commit;
}

/** Row counts of the dataset; fails with a hint when it is missing or empty. */
export async function datasetCounts(db: Client): Promise<Array<[string, number]>> {
  const counts: Array<[string, number]> = [];
  for (const [table, label] of DATASET) {
    try {
      const { rows } = await db.query<{ count: number }>(`SELECT count(*)::int AS count FROM "${table}"`);
      counts.push([label, rows[0].count]);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new SetupError(`The database has no bench dataset (${reason}): ${SEED_HINT}.`);
    }
  }
  if (counts[0][1] === 0) throw new SetupError(`The database has no users: ${SEED_HINT}.`);
  return counts;
}

/** One line: Node, PostgreSQL, commit, cores, dataset size. */
export async function environmentLine(db: Client, counts: Array<[string, number]>): Promise<string> {
  const { rows } = await db.query<{ version: string }>(`SELECT current_setting('server_version') AS version`);
  const cores = cpus();
  const dataset = counts.map(([label, n]) => `${n.toLocaleString('en-US')} ${label}`).join(', ');
  return [
    `node ${process.version}`,
    `PostgreSQL ${rows[0].version}`,
    `commit ${commitLabel()}`,
    `${cores.length} cores (${cores[0]?.model.trim() ?? 'unknown CPU'})`,
    `dataset: ${dataset}`,
  ].join(' | ');
}
