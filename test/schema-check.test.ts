import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkSchemas, intentionalBreakingPaths, releaseBase, runSchemaCheck } from '../scripts/schema-check';

const BASE = `
type Query {
  "A user by id."
  user(id: ID!): User
}
"A person."
type User {
  "Opaque id."
  id: ID!
  "Display name."
  displayName: String!
  "Nickname."
  nickname: String
}
`;
const REMOVED = BASE.replace('  "Nickname."\n  nickname: String\n', '');
const ADDED = BASE.replace('  "Nickname."\n', '  "Biography."\n  bio: String\n  "Nickname."\n');

const changelog = (unreleased: string, release = ''): string =>
  `# Changelog\n\n## [Unreleased]\n\n${unreleased}\n${release}## [0.0.1] - 2026-01-01\n\n### Breaking\n\n- \`User.displayName\` old entry\n`;

describe('schema:check on two schemas', () => {
  it('fails a field removal that the changelog does not mention', async () => {
    const report = await checkSchemas(BASE, REMOVED, changelog('### Added\n\n- `User.bio`\n'));
    expect(report.breaking.map((c) => c.path)).toEqual(['User.nickname']);
    expect(report.unmarked.map((c) => c.path)).toEqual(['User.nickname']);
  });

  it('passes the same removal listed under Breaking in Unreleased', async () => {
    const log = changelog('### Breaking\n\n- `User.nickname` removed: nobody set it;\n  use `displayName`.\n');
    const report = await checkSchemas(BASE, REMOVED, log);
    expect(report.breaking.map((c) => c.path)).toEqual(['User.nickname']);
    expect(report.unmarked).toEqual([]);
  });

  it('passes the removal as a "Breaking:" bullet under another heading', async () => {
    const report = await checkSchemas(
      BASE,
      REMOVED,
      changelog('### Changed\n\n- Breaking: `User.nickname` removed.\n'),
    );
    expect(report.unmarked).toEqual([]);
  });

  it('does not count a mention in a released section or outside a breaking entry', async () => {
    const log = changelog('### Changed\n\n- `User.nickname` is gone.\n').replace('old entry', '`User.nickname`');
    const report = await checkSchemas(BASE, REMOVED, log);
    expect(report.unmarked.map((c) => c.path)).toEqual(['User.nickname']);
  });

  it('passes a non-breaking addition with no changelog entry', async () => {
    const report = await checkSchemas(BASE, ADDED, '');
    expect(report.changes.map((c) => c.type)).toContain('FIELD_ADDED');
    expect(report.changes.every((c) => c.path === 'User.bio' && c.criticality.level === 'NON_BREAKING')).toBe(true);
    expect(report.breaking).toEqual([]);
    expect(report.unmarked).toEqual([]);
  });
});

describe('the changelog format', () => {
  it('reads the base commit off the latest release heading', () => {
    const log = `## [Unreleased]\n\n## [0.2.0] - 2027-01-01 (commit 0123abc)\n\n## [0.1.0] - 2026-12-02 (commit fedcba9)\n`;
    expect(releaseBase(log)).toBe('0123abc');
    expect(releaseBase('## [Unreleased]\n\n## [0.1.0] - 2026-12-02\n')).toBeNull();
  });

  it('takes only schema paths from breaking entries', () => {
    const log = changelog('### Breaking\n\n- `User.nickname` and `@auth` changed; see `npm run x`.\n');
    expect([...intentionalBreakingPaths(log)].sort()).toEqual(['@auth', 'User.nickname']);
  });
});

describe('npm run schema:check in a repository', () => {
  let repo: string;
  const git = (...args: string[]): string =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
      cwd: repo,
      encoding: 'utf8',
    });
  const commit = (files: Record<string, string>, message: string): string => {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(repo, name), text);
    git('add', '.');
    git('commit', '-q', '-m', message);
    return git('rev-parse', 'HEAD').trim();
  };

  beforeEach(() => {
    repo = mkdtempSync(join(tmpdir(), 'schema-check-'));
    git('init', '-q');
  });
  afterEach(() => rmSync(repo, { recursive: true, force: true }));

  it('passes, saying so, when there is no base (the first commit)', async () => {
    commit({ 'schema.graphql': BASE }, 'first');
    const { code, lines } = await runSchemaCheck(repo);
    expect(code).toBe(0);
    expect(lines.join('\n')).toContain('no base HEAD~1 (the first commit)');
  });

  it('compares with the release commit of the changelog, across several commits', async () => {
    const release = commit({ 'schema.graphql': BASE }, 'release');
    const log = `## [Unreleased]\n\n## [0.1.0] - 2026-12-02 (commit ${release})\n`;
    commit({ 'CHANGELOG.md': log, 'schema.graphql': REMOVED }, 'remove nickname');
    commit({ 'README.md': 'later\n' }, 'something else');
    const failed = await runSchemaCheck(repo);
    expect(failed.code).toBe(1);
    expect(failed.lines.join('\n')).toContain('User.nickname');

    writeFileSync(
      join(repo, 'CHANGELOG.md'),
      log.replace('\n\n## [0.1.0]', '\n\n### Breaking\n\n- `User.nickname` removed.\n\n## [0.1.0]'),
    );
    expect((await runSchemaCheck(repo)).code).toBe(0);
  });

  it('fails when the named base is not a commit of the repository', async () => {
    commit({ 'schema.graphql': BASE }, 'first');
    const { code } = await runSchemaCheck(repo, { base: 'no-such-branch' });
    expect(code).toBe(1);
  });
});
