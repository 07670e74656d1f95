import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Profile-completion reminders sent: one row per user, so the reminder job sends each user one. */
export class CreateProfileReminders1796314264576 implements MigrationInterface {
  name = 'CreateProfileReminders1796314264576';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "profile_reminders" ("user_id" uuid NOT NULL, "reminded_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "PK_c3e3e59635959b4d4a08e666428" PRIMARY KEY ("user_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "profile_reminders" ADD CONSTRAINT "FK_c3e3e59635959b4d4a08e666428" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "profile_reminders" DROP CONSTRAINT "FK_c3e3e59635959b4d4a08e666428"`);
    await queryRunner.query(`DROP TABLE "profile_reminders"`);
  }
}
