import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The outbox of durable effects: written in a write's transaction, delivered after it commits. */
export class CreateOutbox1796173578069 implements MigrationInterface {
  name = 'CreateOutbox1796173578069';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "outbox" (
                "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
                "kind" character varying(64) NOT NULL,
                "payload" jsonb NOT NULL,
                "attempts" integer NOT NULL DEFAULT '0',
                "available_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "last_error" text,
                "failed_at" TIMESTAMP(3) WITH TIME ZONE,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_340ab539f309f03bdaa14aa7649" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "outbox_due_idx" ON "outbox" ("available_at", "id") WHERE "failed_at" IS NULL
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."outbox_due_idx"`);
    await queryRunner.query(`DROP TABLE "outbox"`);
  }
}
