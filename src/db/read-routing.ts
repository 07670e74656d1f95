import {
  EntityManager,
  SelectQueryBuilder,
  type DataSource,
  type EntityTarget,
  type ObjectLiteral,
  type QueryRunner,
  type ReplicationMode,
} from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/** Where a read outside a transaction goes: a replica may lag behind the primary, the primary never does. */
export type ReadTarget = 'replica' | 'primary';

/** What `read` (src/db/prepared.ts) needs of a pg pool: one statement on a connection borrowed for it. */
export interface StatementPool {
  query(config: { name?: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

/** A request's switch, shared by its manager and every query builder made from it. */
interface Route {
  target: ReadTarget;
}

const modeOf = (route: Route | undefined): ReplicationMode => (route?.target === 'replica' ? 'slave' : 'master');

/**
 * A query builder that runs its statement where its request's route says at the moment it runs.
 * Each statement takes a query runner of its own, released by TypeORM right after it (TypeORM
 * releases every runner it did not get bound), so no connection is held between statements.
 */
class RoutedSelectQueryBuilder<T extends ObjectLiteral> extends SelectQueryBuilder<T> {
  private readonly route: Route | undefined;

  constructor(source: SelectQueryBuilder<T> | DataSource, queryRunner?: QueryRunner, route?: Route) {
    // TypeORM makes clones as `new this.constructor(builder)` and sub-queries as
    // `new this.constructor(dataSource, runner)`: both shapes come through here.
    super(source as DataSource, queryRunner);
    // A sub-query without the route never runs on its own; if one did, the primary is the safe side.
    this.route = route ?? (source instanceof RoutedSelectQueryBuilder ? source.route : undefined);
  }

  protected override obtainQueryRunner(): QueryRunner {
    return this.queryRunner ?? this.dataSource.createQueryRunner(modeOf(this.route));
  }
}

/**
 * The read manager of one request on a replicated database. Its reads (`query`, `find*`, query
 * builders, and `read` through `readPool`) go to a replica, or to the primary once `routeReads`
 * says so; transactions and writes stay on the primary as TypeORM runs them (a master runner).
 */
class RoutedManager extends EntityManager {
  readonly route: Route;

  constructor(dataSource: DataSource, target: ReadTarget) {
    super(dataSource);
    this.route = { target };
  }

  override async query<T = unknown>(query: string, parameters?: unknown[] | ObjectLiteral): Promise<T> {
    // EntityManager.query would always take a master runner; this one borrows where the route says.
    const runner = this.connection.createQueryRunner(modeOf(this.route));
    try {
      return (await runner.query(query, parameters as unknown[] | undefined)) as T;
    } finally {
      await runner.release();
    }
  }

  override createQueryBuilder<Entity extends ObjectLiteral>(
    entityClass: EntityTarget<Entity>,
    alias: string,
    queryRunner?: QueryRunner,
  ): SelectQueryBuilder<Entity>;
  override createQueryBuilder(queryRunner?: QueryRunner): SelectQueryBuilder<ObjectLiteral>;
  override createQueryBuilder<Entity extends ObjectLiteral>(
    entityOrRunner?: EntityTarget<Entity> | QueryRunner,
    alias?: string,
    queryRunner?: QueryRunner,
  ): SelectQueryBuilder<Entity> {
    // TypeORM builds the statement's start (alias, metadata); the routed copy decides where it runs.
    const built =
      alias === undefined
        ? super.createQueryBuilder(entityOrRunner as QueryRunner | undefined)
        : super.createQueryBuilder(entityOrRunner as EntityTarget<Entity>, alias, queryRunner);
    return new RoutedSelectQueryBuilder<Entity>(built as SelectQueryBuilder<Entity>, undefined, this.route);
  }
}

const driverOf = (dataSource: DataSource): PostgresDriver => dataSource.driver as PostgresDriver;

/** Whether the data source was opened with read replicas (DATABASE_REPLICA_URLS). */
export function hasReplicas(dataSource: DataSource): boolean {
  return driverOf(dataSource).isReplicated;
}

/**
 * The manager a request reads with, starting on `target`. Without replicas it is the data source's
 * own manager (the primary), exactly as before: nothing is created per request.
 */
export function requestReadManager(dataSource: DataSource, target: ReadTarget): EntityManager {
  return hasReplicas(dataSource) ? new RoutedManager(dataSource, target) : dataSource.manager;
}

/** Sends `db`'s later reads to `target`; a no-op for a manager without replicas (or a transaction's). */
export function routeReads(db: EntityManager, target: ReadTarget): void {
  if (db instanceof RoutedManager) db.route.target = target;
}

/** Where `db`'s reads go now. */
export function readTarget(db: EntityManager): ReadTarget {
  return db instanceof RoutedManager ? db.route.target : 'primary';
}

/** The pool a statement of `db` outside a transaction runs on: a random replica or the primary. */
export function readPool(db: EntityManager): StatementPool {
  const driver = driverOf(db.connection);
  const replicas = driver.slaves as StatementPool[];
  if (readTarget(db) === 'replica' && replicas.length > 0) {
    // The same choice TypeORM's obtainSlaveConnection makes: spread statements over the replicas.
    return replicas[Math.floor(Math.random() * replicas.length)]!;
  }
  return driver.master as StatementPool;
}

/** Each replica's pool, in DATABASE_REPLICA_URLS order (empty without replicas), for health checks. */
export function replicaPools(dataSource: DataSource): StatementPool[] {
  return driverOf(dataSource).slaves as StatementPool[];
}
