import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { parse } from 'yaml';
import { migrations } from '../migrations';
import { createDatabase, type Database } from '../src/db/data-source';
import { MIGRATION_LOCK_KEY, runMigrationsLocked } from '../src/db/migration-lock';
import { createTestDatabase, realPostgres, type TestDatabase } from './helpers/database';
import { freePort, runApp } from './helpers/process';
import { waitFor } from './helpers/wait';

const pgIt = realPostgres() ? it : it.skip;
const root = join(__dirname, '..');

async function migrationRows(database: Database): Promise<{ total: number; names: number }> {
  const [row] = (await database.dataSource.query(
    `SELECT count(*)::int AS total, count(DISTINCT name)::int AS names FROM migrations`,
  )) as Array<{ total: number; names: number }>;
  return row!;
}

describe('migrations under the migration lock', () => {
  let db: TestDatabase;
  afterEach(() => db.drop());

  it('find nothing to apply on a migrated database, and leave the lock free', async () => {
    db = await createTestDatabase();
    expect(await runMigrationsLocked(db.database.dataSource)).toEqual([]);
    // Only this database's migration lock: other tests' sessions may hold their own advisory locks.
    const locks = await db.database.dataSource.query(
      `SELECT 1 FROM pg_locks l JOIN pg_database d ON d.oid = l.database
        WHERE l.locktype = 'advisory' AND d.datname = current_database() AND l.objsubid = 1
          AND ((l.classid::bigint << 32) | l.objid::bigint) = $1::bigint`,
      [MIGRATION_LOCK_KEY],
    );
    expect(locks).toEqual([]);
  });

  pgIt(
    'two runs at once: one applies every migration, the other waits and finds nothing to do (needs real PostgreSQL: an embedded data directory has one process, its lock sees to that)',
    async () => {
      db = await createTestDatabase({ migrated: false });
      const other = createDatabase({ url: db.url!, poolSize: 1 });
      await other.dataSource.initialize();
      // A third session holds the lock until both runs wait for it, so the race is certain to happen.
      const holder = new Client({ connectionString: db.url });
      await holder.connect();
      try {
        await holder.query('SELECT pg_advisory_lock($1::bigint)', [MIGRATION_LOCK_KEY]);
        let waiting = 0;
        const runs = [db.database, other].map((d) => runMigrationsLocked(d.dataSource, () => (waiting += 1)));
        await waitFor(async () => waiting === 2);
        await holder.query('SELECT pg_advisory_unlock($1::bigint)', [MIGRATION_LOCK_KEY]);
        const applied = await Promise.all(runs);
        expect(applied.map((a) => a.length).sort((x, y) => x - y)).toEqual([0, migrations.length]);
        expect(await migrationRows(db.database)).toEqual({ total: migrations.length, names: migrations.length });
      } finally {
        await holder.end();
        await other.close();
      }
    },
  );

  pgIt(
    'two servers started together on an empty database both serve; each migration is applied once (needs real PostgreSQL)',
    async () => {
      db = await createTestDatabase({ migrated: false });
      const env = { DATABASE_URL: db.url!, HOST: '127.0.0.1', MIGRATE_ON_START: 'true' };
      const servers = [runApp({ ...env, PORT: String(await freePort()) }), runApp({ ...env, PORT: '0' })];
      try {
        await Promise.all(servers.map((s) => s.waitFor('"msg":"listening"')));
        expect(servers.filter((s) => s.output().includes('"msg":"migrations applied"'))).toHaveLength(1);
        expect(await migrationRows(db.database)).toEqual({ total: migrations.length, names: migrations.length });
      } finally {
        for (const s of servers) s.child.kill('SIGTERM');
      }
      expect(await Promise.all(servers.map((s) => s.exited))).toEqual([0, 0]);
    },
    120_000,
  );
});

describe('the first connection to PostgreSQL', () => {
  it('is tried again while the server is unreachable, then the start fails with one clear line', async () => {
    const closed = await freePort();
    const started = Date.now();
    const app = runApp({
      DATABASE_URL: `postgres://aula@127.0.0.1:${closed}/aula`,
      DATABASE_CONNECT_TIMEOUT_MS: '1500',
    });
    expect(await app.exited).toBe(1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1500);
    const lines = app.output().trim().split('\n');
    const retries = lines.filter((l) => l.includes('"msg":"database not reachable; retrying"'));
    expect(retries.length).toBeGreaterThanOrEqual(2);
    expect(lines.at(-1)).toMatch(
      /^Configuration error: DATABASE_URL: cannot open the database \(connect ECONNREFUSED 127\.0\.0\.1:\d+; gave up after \d+ attempts in 1\.\d s\)$/,
    );
  }, 60_000);
});

interface ComposeService {
  image?: string;
  build?: unknown;
  command?: string[];
  restart?: string;
  ports?: string[];
  environment?: Record<string, string>;
  healthcheck?: { test?: string[]; disable?: boolean };
  depends_on?: Record<string, { condition: string }>;
}

describe('docker-compose.yml and the load balancer', () => {
  const compose = parse(readFileSync(join(root, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
    services: Record<string, ComposeService>;
  };
  const { services } = compose;
  const nginx = readFileSync(join(root, 'deploy', 'nginx.conf'), 'utf8');

  it('publishes only the load balancer; PostgreSQL and Redis stay inside the compose network', () => {
    const published = Object.entries(services).filter(([, s]) => s.ports !== undefined);
    expect(published.map(([name]) => name)).toEqual(['lb']);
    expect(services.lb!.ports).toEqual(['${AULA_PORT:-4000}:80']);
  });

  it('restarts every long-running service, and not the one-shot migration', () => {
    for (const [name, service] of Object.entries(services)) {
      expect([name, service.restart]).toEqual([name, name === 'migrate' ? 'no' : 'unless-stopped']);
    }
  });

  it('checks PostgreSQL over TCP, and the instances on /readyz', () => {
    expect(services.postgres!.healthcheck!.test!.join(' ')).toContain('pg_isready -h 127.0.0.1 -p 5432');
    for (const name of ['app1', 'app2']) expect(services[name]!.healthcheck!.test!.join(' ')).toContain('/readyz');
  });

  it('migrates once in a one-shot service that the two instances of the same build wait for', () => {
    const { migrate, app1, app2 } = services;
    expect(migrate!.command).toEqual(['node', 'dist/src/migrate.js']);
    for (const app of [app1!, app2!]) {
      expect(app.image).toBe(migrate!.image);
      expect(app.build).toEqual(migrate!.build);
      expect(app.depends_on!.migrate).toEqual({ condition: 'service_completed_successfully' });
      expect(app.environment).toMatchObject({
        NODE_ENV: 'production',
        MIGRATE_ON_START: 'false',
        SEED_DEMO_DATA: 'false',
      });
      expect(app.environment!.JWT_SECRET).toMatch(/^\$\{JWT_SECRET:\?/);
    }
    expect(services.lb!.depends_on).toEqual({
      app1: { condition: 'service_healthy' },
      app2: { condition: 'service_healthy' },
    });
  });

  it('balances over both instances and passes WebSocket upgrades on /graphql with a long read timeout', () => {
    expect(nginx).toMatch(/server app1:4000 max_fails=\d+/);
    expect(nginx).toMatch(/server app2:4000 max_fails=\d+/);
    expect(nginx).toContain('proxy_http_version 1.1;');
    expect(nginx).toContain('proxy_set_header Upgrade $http_upgrade;');
    expect(nginx).toContain('proxy_set_header Connection $connection_upgrade;');
    expect(nginx).toMatch(/location \/graphql \{[^}]*proxy_read_timeout 1h;/);
    expect(nginx).toContain('proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;');
    expect(nginx).toContain('proxy_set_header X-Request-Id $aula_request_id;');
  });
});
