import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A pg_trgm GIN index for the admin user search (`ILIKE '%term%'` on name and email). Hand-written:
 * TypeORM cannot express an expression index with an operator class, so the entity declares it with
 * `synchronize: false`. The expression must stay identical to `userSearchExpression` in
 * src/modules/user/user-query.service.ts, or the planner will not use the index.
 *
 * fastupdate = off: with the default pending list, freshly inserted rows sit unindexed until a
 * VACUUM, every search scans that list, and the planner (rightly) prices the index above a
 * sequential scan. Users are written rarely and searched often, so pay at write time instead.
 */
export class UserSearchIndex1795319790000 implements MigrationInterface {
  name = 'UserSearchIndex1795319790000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE INDEX "users_search_trgm_idx" ON "users" USING gin (
        (lower(coalesce("first_name", '') || ' ' || coalesce("last_name", '') || ' ' || "email"::text)) gin_trgm_ops
      ) WITH (fastupdate = off)
    `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "users_search_trgm_idx"');
  }
}
