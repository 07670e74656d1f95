import type { MigrationInterface, QueryRunner } from 'typeorm';

/** citext (case-insensitive email), btree_gist (role-window exclusion), pg_trgm (user search). */
export class CreateExtensions1763780000000 implements MigrationInterface {
  name = 'CreateExtensions1763780000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS "citext"');
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS "btree_gist"');
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS "pg_trgm"');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP EXTENSION IF EXISTS "pg_trgm"');
    await queryRunner.query('DROP EXTENSION IF EXISTS "btree_gist"');
    await queryRunner.query('DROP EXTENSION IF EXISTS "citext"');
  }
}
