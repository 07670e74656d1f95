import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Ordered effect streams: a stream's effects are delivered one at a time, in id order. */
export class OutboxStreams1796309755463 implements MigrationInterface {
  name = 'OutboxStreams1796309755463';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox" ADD "stream" character varying(128)`);
    await queryRunner.query(`DROP INDEX "public"."outbox_due_idx"`);
    await queryRunner.query(
      `CREATE INDEX "outbox_due_idx" ON "outbox" ("available_at", "id") WHERE "failed_at" IS NULL AND "stream" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "outbox_stream_idx" ON "outbox" ("stream", "id") WHERE "failed_at" IS NULL AND "stream" IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."outbox_stream_idx"`);
    await queryRunner.query(`DROP INDEX "public"."outbox_due_idx"`);
    await queryRunner.query(
      `CREATE INDEX "outbox_due_idx" ON "outbox" ("available_at", "id") WHERE "failed_at" IS NULL`,
    );
    await queryRunner.query(`ALTER TABLE "outbox" DROP COLUMN "stream"`);
  }
}
