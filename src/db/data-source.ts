import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import { PGlite, type Extension } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { DataSource, type Logger } from 'typeorm';
import { SnakeNamingStrategy } from './naming-strategy';
import { entities } from './entities';
import { migrations } from '../../migrations';

export interface DatabaseOptions {
  /** Real PostgreSQL; when absent the embedded PGlite database is used. */
  url?: string;
  /** Read replicas of `url` (real PostgreSQL only); see src/db/read-routing.ts for what reads them. */
  replicaUrls?: string[];
  /** PGlite data directory (`memory://` for a throwaway database). */
  dataDir?: string;
  /** A PGlite data directory snapshot to start from (tests). */
  loadDataDir?: Blob | File;
  poolSize?: number;
  logger?: Logger;
}

export interface Database {
  dataSource: DataSource;
  embedded: boolean;
  /** The embedded engine, when there is one. */
  pglite?: PGlite;
  /** Closes the pool, then the embedded engine when there is one. */
  close(): Promise<void>;
}

// The contrib entry points ship CommonJS builds, but their type declarations are ESM-only.
const contrib = (name: string): Extension =>
  (require(`@electric-sql/pglite/contrib/${name}`) as Record<string, Extension>)[name];

/** Opens a PGlite engine with the extensions the migrations need. */
export function openPglite(dataDir: string, loadDataDir?: Blob | File): PGlite {
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  return new PGlite(dataDir, {
    extensions: { btree_gist: contrib('btree_gist'), citext: contrib('citext'), pg_trgm: contrib('pg_trgm') },
    loadDataDir,
  });
}

/** Builds the TypeORM data source for real PostgreSQL or embedded PGlite (same entities, same migrations). */
export function createDatabase(options: DatabaseOptions): Database {
  const common = {
    type: 'postgres' as const,
    entities,
    migrations,
    migrationsTableName: 'migrations',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    // Extensions are created by a migration; ids default to the built-in gen_random_uuid().
    installExtensions: false,
    uuidExtension: 'pgcrypto' as const,
    logger: options.logger,
    logging: options.logger ? ('all' as const) : false,
  };
  if (options.url) {
    const replicas = options.replicaUrls ?? [];
    const dataSource = new DataSource({
      ...common,
      ...(replicas.length === 0
        ? { url: options.url }
        : {
            // Each replica gets a pool of poolSize, like the primary. defaultMode 'master': TypeORM
            // would send every read without a transaction to a replica (start-up, seeding, the
            // outbox, a service reading before it writes); only the request read manager opts in.
            replication: {
              master: { url: options.url },
              slaves: replicas.map((url) => ({ url })),
              defaultMode: 'master' as const,
            },
          }),
      poolSize: options.poolSize ?? 10,
      connectTimeoutMS: 5000,
    });
    return { dataSource, embedded: false, close: () => destroy(dataSource) };
  }
  const pglite = openPglite(options.dataDir ?? './.data', options.loadDataDir);
  const pgConfig = createPgConfig(pglite);
  const dataSource = new DataSource({
    ...common,
    poolSize: 1,
    // PGlite runs one statement at a time behind a single in-process connection; keep it open.
    extra: { connection: pgConfig.connection, idleTimeoutMillis: 0 },
  });
  return {
    dataSource,
    embedded: true,
    pglite,
    close: async () => {
      await destroy(dataSource);
      if (!pglite.closed) await pglite.close();
    },
  };
}

async function destroy(dataSource: DataSource): Promise<void> {
  if (dataSource.isInitialized) await dataSource.destroy();
}
