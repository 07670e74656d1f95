/**
 * `npm run schema:check`: the breaking-change check of the public schema. Diffs the working
 * `schema.graphql` against the one committed at a base (graphql-inspector), prints each change with
 * its criticality, and exits 1 when a BREAKING change is not marked intentional in CHANGELOG.md.
 *
 * The base, first match wins:
 *   1. `SCHEMA_BASE=<git revision>` in the environment (or `--base <revision>`);
 *   2. the commit recorded on the latest release heading of CHANGELOG.md (`## [0.1.0] - … (commit <sha>)`),
 *      so every breaking change since the last release has to be listed, however many commits it took;
 *   3. `HEAD~1`.
 * No base to compare with (a shallow clone, the first commit, no schema.graphql there yet): says so
 * and exits 0. A base that was named (SCHEMA_BASE, the changelog) but is not a commit of a full
 * clone exits 1: the check must not pass by not running.
 *
 * Marking a breaking change intentional: in the `## [Unreleased]` section of CHANGELOG.md, a bullet
 * under a `### Breaking` heading (or any bullet starting with `Breaking:`) that names the change's
 * path in backticks: `- \`User.phone\` is PhoneNumber, was String — reason`. Paths are
 * graphql-inspector's: `Type`, `Type.field`, `Type.field.argument`, `Enum.VALUE`, `@directive`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';

export interface SchemaCheckReport {
  changes: Change[];
  breaking: Change[];
  /** Breaking changes not named in the changelog's Unreleased section: these fail the check. */
  unmarked: Change[];
}

const PATH_TOKEN = /^@?[_A-Za-z][_0-9A-Za-z]*(\.@?[_A-Za-z][_0-9A-Za-z]*)*$/;

/** The lines of the `## [Unreleased]` section (up to the next `## ` heading); empty when absent. */
function unreleasedLines(changelog: string): string[] {
  const lines = changelog.split(/\r?\n/);
  const start = lines.findIndex((line) => /^##\s+\[?unreleased\]?/i.test(line));
  if (start < 0) return [];
  const end = lines.findIndex((line, i) => i > start && /^##\s/.test(line));
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

/** Schema paths marked as intentional breaking changes in the Unreleased section of a changelog. */
export function intentionalBreakingPaths(changelog: string): Set<string> {
  const paths = new Set<string>();
  let inBreakingHeading = false;
  let bullet: string[] | null = null;
  const flush = (): void => {
    const text = bullet?.join(' ') ?? '';
    if (bullet && (inBreakingHeading || /^breaking\s*:/i.test(text))) {
      for (const [, token] of text.matchAll(/`([^`]+)`/g)) if (PATH_TOKEN.test(token)) paths.add(token);
    }
    bullet = null;
  };
  for (const line of unreleasedLines(changelog)) {
    const heading = /^###\s+(.*)$/.exec(line);
    const item = /^\s*[-*]\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      inBreakingHeading = /^breaking\b/i.test(heading[1].trim());
    } else if (item) {
      flush();
      bullet = [item[1].trim()];
    } else if (bullet && /^\s+\S/.test(line)) {
      bullet.push(line.trim());
    } else {
      flush();
    }
  }
  flush();
  return paths;
}

/** The commit recorded on the latest release heading (`## [x.y.z] … (commit <sha>)`), if any. */
export function releaseBase(changelog: string): string | null {
  for (const line of changelog.split(/\r?\n/)) {
    if (!/^##\s+\[?\d+\.\d+\.\d+/.test(line)) continue;
    return /\bcommit\s+([0-9a-f]{7,40})\b/i.exec(line)?.[1] ?? null;
  }
  return null;
}

/** Diffs two SDL documents and sorts out the breaking changes the changelog does not mark. */
export async function checkSchemas(baseSdl: string, headSdl: string, changelog: string): Promise<SchemaCheckReport> {
  const changes = await diff(buildSchema(baseSdl), buildSchema(headSdl));
  const marked = intentionalBreakingPaths(changelog);
  const breaking = changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking);
  const unmarked = breaking.filter((c) => !marked.has(c.path ?? c.type));
  return { changes, breaking, unmarked };
}

const isDescriptionChange = (change: Change): boolean => /DESCRIPTION_(ADDED|CHANGED|REMOVED)$/.test(change.type);

/** The report as printed lines: breaking, dangerous, then other changes (description edits counted). */
export function formatReport(report: SchemaCheckReport, verbose = false): string[] {
  const unmarked = new Set(report.unmarked);
  const order = [CriticalityLevel.Breaking, CriticalityLevel.Dangerous, CriticalityLevel.NonBreaking];
  const lines: string[] = [];
  let descriptions = 0;
  for (const level of order) {
    for (const change of report.changes.filter((c) => c.criticality.level === level)) {
      if (level === CriticalityLevel.NonBreaking && !verbose && isDescriptionChange(change)) {
        descriptions += 1;
        continue;
      }
      const mark =
        level !== CriticalityLevel.Breaking ? '' : unmarked.has(change) ? '  ← NOT in CHANGELOG.md' : '  (intentional)';
      lines.push(`${level.padEnd(12)} ${change.path ?? change.type}: ${change.message}${mark}`);
    }
  }
  if (descriptions > 0)
    lines.push(`NON_BREAKING ${descriptions} description changes (SCHEMA_CHECK_VERBOSE=1 lists them)`);
  return lines;
}

function git(root: string, args: string[]): string | null {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return null;
  }
}

export interface CheckOptions {
  /** A git revision; default: the latest release's commit in CHANGELOG.md, else HEAD~1. */
  base?: string;
  verbose?: boolean;
}

/** Runs the check in the repository at `root`: the exit code and the lines to print. */
export async function runSchemaCheck(
  root: string,
  options: CheckOptions = {},
): Promise<{ code: number; lines: string[] }> {
  const changelogPath = join(root, 'CHANGELOG.md');
  const changelog = existsSync(changelogPath) ? readFileSync(changelogPath, 'utf8') : '';
  const base = options.base || releaseBase(changelog) || 'HEAD~1';
  const commit = git(root, ['rev-parse', '--verify', '--quiet', `${base}^{commit}`])?.trim();
  if (!commit) {
    const shallow = git(root, ['rev-parse', '--is-shallow-repository'])?.trim() === 'true';
    if (shallow || base === 'HEAD~1') {
      const why = shallow ? 'a shallow clone' : 'the first commit';
      return { code: 0, lines: [`schema:check: no base ${base} (${why}): nothing to compare, passing.`] };
    }
    return {
      code: 1,
      lines: [
        `schema:check: base ${base} is not a commit of this repository: fix CHANGELOG.md's release heading or SCHEMA_BASE.`,
      ],
    };
  }
  const baseSdl = git(root, ['show', `${commit}:schema.graphql`]);
  if (baseSdl === null) {
    return { code: 0, lines: [`schema:check: no schema.graphql at ${base} yet: nothing to compare, passing.`] };
  }
  const headSdl = readFileSync(join(root, 'schema.graphql'), 'utf8');
  const report = await checkSchemas(baseSdl, headSdl, changelog);
  const lines = [`schema:check: schema.graphql against ${base}: ${report.changes.length} changes`];
  lines.push(...formatReport(report, options.verbose).map((line) => `  ${line}`));
  if (report.unmarked.length > 0) {
    lines.push(
      `schema:check: ${report.unmarked.length} breaking change(s) not marked intentional. If intended, list each path ` +
        'in backticks under "### Breaking" in the "## [Unreleased]" section of CHANGELOG.md, with the reason.',
    );
    return { code: 1, lines };
  }
  lines.push(`schema:check: passed (${report.breaking.length} breaking change(s), all marked intentional)`);
  return { code: 0, lines };
}

if (require.main === module) {
  const flag = process.argv.indexOf('--base');
  const base = (flag > 0 ? process.argv[flag + 1] : undefined) || process.env.SCHEMA_BASE;
  runSchemaCheck(join(__dirname, '..'), { base, verbose: process.env.SCHEMA_CHECK_VERBOSE === '1' }).then(
    ({ code, lines }) => {
      for (const line of lines) console.log(line);
      process.exit(code);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
