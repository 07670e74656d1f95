import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Clients' idempotency keys (`clientMutationId`) and the result each first produced. */
export class CreateIdempotencyKeys1796217234499 implements MigrationInterface {
  name = 'CreateIdempotencyKeys1796217234499';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "idempotency_keys" (
                "user_id" uuid NOT NULL,
                "key" character varying(100) NOT NULL,
                "operation" character varying(64) NOT NULL,
                "request_hash" character varying(64) NOT NULL,
                "result" jsonb,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_392b1af86f210d98d3f0c764728" PRIMARY KEY ("user_id", "key")
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "idempotency_keys"
            ADD CONSTRAINT "FK_4d2181624ba2d61e76a07175198" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "idempotency_keys" DROP CONSTRAINT "FK_4d2181624ba2d61e76a07175198"`);
    await queryRunner.query(`DROP TABLE "idempotency_keys"`);
  }
}
