import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The audit log is append-only: the database refuses to change or delete a row. */
export class AuditLogAppendOnly1795319782400 implements MigrationInterface {
  name = 'AuditLogAppendOnly1795319782400';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION "audit_logs_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_logs is append-only' USING ERRCODE = 'insufficient_privilege';
      END
      $$
    `);
    await queryRunner.query(`
      CREATE TRIGGER "audit_logs_append_only" BEFORE UPDATE OR DELETE ON "audit_logs"
      FOR EACH ROW EXECUTE FUNCTION "audit_logs_append_only"()
    `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER "audit_logs_append_only" ON "audit_logs"');
    await queryRunner.query('DROP FUNCTION "audit_logs_append_only"()');
  }
}
