import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { seedDatabase } from '../bench/seed/seed-database';
import { scaleFor } from '../bench/seed/scale';
import { issueToken } from '../src/auth/tokens';
import { createTestDatabase, realPostgres, type TestDatabase } from './helpers/database';
import { startTestServer, type TestServer } from './helpers/server';

const pgDescribe = realPostgres() ? describe : describe.skip;

/** Tables that grow with the platform: reading one whole to answer a page is the failure this guards. */
const LARGE = new Set([
  'users',
  'user_roles',
  'user_activities',
  'virtual_classes',
  'mentorships',
  'messages',
  'earned_badges',
  'notifications',
]);

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  Plans?: PlanNode[];
}

function seqScans(node: PlanNode, found: string[] = []): string[] {
  if (node['Node Type'] === 'Seq Scan' && node['Relation Name'] && LARGE.has(node['Relation Name'])) {
    found.push(node['Relation Name']);
  }
  for (const child of node.Plans ?? []) seqScans(child, found);
  return found;
}

const document = (file: string): string => readFileSync(join(__dirname, '..', 'bench', 'queries', file), 'utf8');

const READS = [
  { name: 'Q1 admin user list', file: 'q1-admin-users.graphql', as: 'admin', depth: 7 },
  { name: 'Q2 mentor inbox', file: 'q2-mentor-inbox.graphql', as: 'mentor', depth: 6 },
  { name: 'Q3 viewer dashboard', file: 'q3-viewer-dashboard.graphql', as: 'learner', depth: 6 },
  { name: 'Q4 class list', file: 'q4-class-list.graphql', as: 'learner', depth: 5 },
] as const;

pgDescribe('the read path on the bench dataset (needs real PostgreSQL: its planner decides the plans)', () => {
  let db: TestDatabase;
  let server: TestServer;
  let explain: Client;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDatabase(db.url!, scaleFor(2000), { force: true });
    server = await startTestServer({}, db);
    explain = new Client({ connectionString: db.url });
    await explain.connect();
    const { rows } = await explain.query<{ id: string; email: string; token_version: number }>(
      `SELECT id, email::text, token_version FROM users WHERE email LIKE 'bench.%@example.org' AND email NOT LIKE 'bench.user%'`,
    );
    for (const row of rows) {
      tokens[row.email.split('@')[0].replace('bench.', '')] = issueToken(
        { id: row.id, tokenVersion: row.token_version },
        server.deps.env.JWT_SECRET,
      );
    }
  }, 180_000);

  afterAll(async () => {
    await explain?.end();
    await server?.close();
    await db?.drop();
  });

  /** The statements one request runs. */
  async function statementsOf(query: string, as: string, variables: Record<string, unknown>) {
    db.queries.statements.length = 0;
    db.queries.recording = true;
    try {
      await server.client(tokens[as]).ok(query, variables);
    } finally {
      db.queries.recording = false;
    }
    return db.queries.statements.filter((s) => /^\s*(SELECT|WITH)/i.test(s.sql));
  }

  it.each(READS)('$name reads no large table whole, at any page size', async ({ file, as }) => {
    for (const first of [10, 100]) {
      for (const statement of await statementsOf(document(file), as, { first })) {
        const { rows } = await explain.query<{ 'QUERY PLAN': Array<{ Plan: PlanNode }> }>(
          `EXPLAIN (FORMAT JSON) ${statement.sql}`,
          statement.parameters,
        );
        expect({ sql: statement.sql.slice(0, 200), seqScans: seqScans(rows[0]['QUERY PLAN'][0].Plan) }).toEqual({
          sql: statement.sql.slice(0, 200),
          seqScans: [],
        });
      }
    }
  });

  it.each(READS)('$name runs as many statements at page size 10 as at 100, at most its depth + 2', async (read) => {
    const small = await statementsOf(document(read.file), read.as, { first: 10 });
    const large = await statementsOf(document(read.file), read.as, { first: 100 });
    expect(large.length).toBe(small.length);
    expect(small.length).toBeLessThanOrEqual(read.depth + 2);
  });
});
