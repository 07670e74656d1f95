import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Google Calendar: each class's event id, the admin tokens Google refused (the integration's status),
 * and the classes whose syncs were dropped while disconnected.
 */
export class GoogleCalendarSync1796314612327 implements MigrationInterface {
  name = 'GoogleCalendarSync1796314612327';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "virtual_classes" ADD "google_event_id" character varying(1024)`);
    await queryRunner.query(
      `CREATE TABLE "google_calendar_disconnects" ("id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
        "account_id" uuid NOT NULL, "token_digest" character varying(64) NOT NULL,
        "disconnected_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "last_error" text NOT NULL,
        CONSTRAINT "PK_59450fd052d7510e990de9f03eb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "google_calendar_disconnects_account_key" ON "google_calendar_disconnects" ("account_id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "google_calendar_disconnects" ADD CONSTRAINT "FK_5ac1313c3e3de760418d8cc9a80"
        FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TABLE "google_calendar_backlog" ("id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
        "class_id" uuid NOT NULL, CONSTRAINT "PK_f7ff9e3808d30818e4b5d432810" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "google_calendar_backlog_class_key" ON "google_calendar_backlog" ("class_id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "google_calendar_backlog" ADD CONSTRAINT "FK_e78d714d60e6527551ca6b550ec"
        FOREIGN KEY ("class_id") REFERENCES "virtual_classes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "google_calendar_backlog"`);
    await queryRunner.query(`DROP TABLE "google_calendar_disconnects"`);
    await queryRunner.query(`ALTER TABLE "virtual_classes" DROP COLUMN "google_event_id"`);
  }
}
