import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Nested lists in their order straight off an index: a user's activities (newest first) and earned badges. */
export class ReadPathIndexes1796187493130 implements MigrationInterface {
  name = 'ReadPathIndexes1796187493130';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "user_activities_user_created_idx" ON "user_activities" ("user_id", "created_at", "id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "earned_badges_user_earned_idx" ON "earned_badges" ("user_id", "earned_at", "id")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."earned_badges_user_earned_idx"`);
    await queryRunner.query(`DROP INDEX "public"."user_activities_user_created_idx"`);
  }
}
