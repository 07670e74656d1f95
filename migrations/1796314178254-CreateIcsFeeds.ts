import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Calendar feeds: one secret token per user (stored as its hash, for lookup, and sealed, to show it
 * again), and each class's SEQUENCE, bumped by a trigger whenever what a calendar shows changes, so
 * every writer (the API, the seed, time shifts, a later edit mutation) bumps it the same way.
 */
export class CreateIcsFeeds1796314178254 implements MigrationInterface {
  name = 'CreateIcsFeeds1796314178254';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "ics_feeds" ("user_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "token_sealed" text NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b20f18e95a512f68f6ed2b7f90b" PRIMARY KEY ("user_id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "ics_feeds_token_hash_key" ON "ics_feeds" ("token_hash")`);
    await queryRunner.query(
      `ALTER TABLE "ics_feeds" ADD CONSTRAINT "FK_b20f18e95a512f68f6ed2b7f90b" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "virtual_classes" ADD "sequence" integer NOT NULL DEFAULT '0'`);
    // Whatever an UPDATE sets "sequence" to is overwritten: it only ever grows, by one per visible change.
    await queryRunner.query(`
      CREATE FUNCTION "virtual_classes_bump_sequence"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF (NEW."title", NEW."starts_at", NEW."duration_minutes", NEW."meeting_url", NEW."status", NEW."cancel_reason")
           IS DISTINCT FROM
           (OLD."title", OLD."starts_at", OLD."duration_minutes", OLD."meeting_url", OLD."status", OLD."cancel_reason")
        THEN
          NEW."sequence" := OLD."sequence" + 1;
        ELSE
          NEW."sequence" := OLD."sequence";
        END IF;
        RETURN NEW;
      END
      $$
    `);
    await queryRunner.query(`
      CREATE TRIGGER "virtual_classes_bump_sequence" BEFORE UPDATE ON "virtual_classes"
      FOR EACH ROW EXECUTE FUNCTION "virtual_classes_bump_sequence"()
    `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER "virtual_classes_bump_sequence" ON "virtual_classes"');
    await queryRunner.query('DROP FUNCTION "virtual_classes_bump_sequence"()');
    await queryRunner.query(`ALTER TABLE "virtual_classes" DROP COLUMN "sequence"`);
    await queryRunner.query(`ALTER TABLE "ics_feeds" DROP CONSTRAINT "FK_b20f18e95a512f68f6ed2b7f90b"`);
    await queryRunner.query(`DROP INDEX "public"."ics_feeds_token_hash_key"`);
    await queryRunner.query(`DROP TABLE "ics_feeds"`);
  }
}
