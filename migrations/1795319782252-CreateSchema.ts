import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateSchema1795319782252 implements MigrationInterface {
  name = 'CreateSchema1795319782252';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "skills" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "name" character varying(80) NOT NULL,
                "slug" character varying(80) NOT NULL,
                CONSTRAINT "PK_0d3212120f4ecedf90864d7e298" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "skills_name_key" ON "skills" ("name")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "skills_slug_key" ON "skills" ("slug")
        `);
    await queryRunner.query(`
            CREATE TABLE "users" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "email" citext NOT NULL,
                "email_verified" boolean NOT NULL DEFAULT false,
                "first_name" character varying(100),
                "last_name" character varying(100),
                "avatar_url" character varying(2048),
                "bio" text,
                "phone" character varying(32),
                "address" character varying(300),
                "city" character varying(120),
                "country" character(2),
                "timezone" character varying(64),
                "language" character varying(8) NOT NULL DEFAULT 'en',
                "english_level" character varying(16),
                "newsletter" boolean NOT NULL DEFAULT false,
                "education_level" character varying(120),
                "learning_goals" text,
                "preferred_learning_style" character varying(120),
                "current_role" character varying(120),
                "experience_level" character varying(120),
                "interests" text array NOT NULL DEFAULT '{}',
                "availability" jsonb NOT NULL DEFAULT '[]',
                "notification_preferences" jsonb NOT NULL DEFAULT '{}',
                "total_classes" integer NOT NULL DEFAULT '0',
                "status" character varying(16) NOT NULL DEFAULT 'ACTIVE',
                "profile_complete" boolean NOT NULL DEFAULT false,
                "profile_skipped" boolean NOT NULL DEFAULT false,
                "profile_completion_percentage" integer NOT NULL DEFAULT '0',
                "messaging_disabled" boolean NOT NULL DEFAULT false,
                "profile_field_change_disabled" boolean NOT NULL DEFAULT false,
                "last_sign_in_at" TIMESTAMP(3) WITH TIME ZONE,
                "deleted_at" TIMESTAMP(3) WITH TIME ZONE,
                "revision" integer NOT NULL DEFAULT '1',
                "token_version" integer NOT NULL DEFAULT '0',
                CONSTRAINT "users_revision_check" CHECK ("revision" >= 1),
                CONSTRAINT "users_completion_check" CHECK (
                    "profile_completion_percentage" BETWEEN 0 AND 100
                ),
                CONSTRAINT "users_total_classes_check" CHECK ("total_classes" >= 0),
                CONSTRAINT "users_english_level_check" CHECK (
                    "english_level" IS NULL
                    OR "english_level" IN ('INICIAL', 'BASICO', 'INTERMEDIO', 'AVANZADO')
                ),
                CONSTRAINT "users_status_check" CHECK ("status" IN ('ACTIVE', 'SUSPENDED', 'DELETED')),
                CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "users_email_key" ON "users" ("email")
        `);
    await queryRunner.query(`
            CREATE INDEX "users_status_idx" ON "users" ("status")
        `);
    await queryRunner.query(`
            CREATE INDEX "users_created_at_idx" ON "users" ("created_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "tasks" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "title" character varying(200) NOT NULL,
                "description" text NOT NULL DEFAULT '',
                "content" text NOT NULL DEFAULT '',
                "solved_content" text,
                "type" character varying(16) NOT NULL,
                "difficulty" character varying(16) NOT NULL,
                "english_level" character varying(16),
                "author_id" uuid NOT NULL,
                CONSTRAINT "tasks_english_level_check" CHECK (
                    "english_level" IS NULL
                    OR "english_level" IN ('INICIAL', 'BASICO', 'INTERMEDIO', 'AVANZADO')
                ),
                CONSTRAINT "tasks_difficulty_check" CHECK ("difficulty" IN ('EASY', 'MEDIUM', 'HARD')),
                CONSTRAINT "tasks_type_check" CHECK ("type" IN ('EXAM', 'AUDIO', 'VIDEO', 'READING')),
                CONSTRAINT "PK_8d12ff38fcc62aaba2cab748772" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "tasks_author_id_idx" ON "tasks" ("author_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "tasks_created_at_idx" ON "tasks" ("created_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "virtual_classes" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "title" character varying(200) NOT NULL,
                "starts_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                "duration_minutes" integer NOT NULL,
                "class_type" character varying(16) NOT NULL,
                "max_participants" integer NOT NULL,
                "participant_count" integer NOT NULL DEFAULT '1',
                "status" character varying(16) NOT NULL DEFAULT 'SCHEDULED',
                "host_id" uuid NOT NULL,
                "meeting_url" character varying(2048),
                "task_id" uuid,
                "cancel_reason" text,
                "completed_at" TIMESTAMP(3) WITH TIME ZONE,
                CONSTRAINT "virtual_classes_capacity_check" CHECK (
                    "participant_count" BETWEEN 1 AND "max_participants"
                ),
                CONSTRAINT "virtual_classes_max_check" CHECK (
                    "max_participants" >= 1
                    AND (
                        "class_type" = 'GRUPAL'
                        OR "max_participants" = 1
                    )
                ),
                CONSTRAINT "virtual_classes_duration_check" CHECK (
                    "duration_minutes" BETWEEN 1 AND 1440
                ),
                CONSTRAINT "virtual_classes_status_check" CHECK (
                    "status" IN ('SCHEDULED', 'COMPLETED', 'CANCELLED')
                ),
                CONSTRAINT "virtual_classes_type_check" CHECK ("class_type" IN ('INDIVIDUAL', 'GRUPAL')),
                CONSTRAINT "PK_a2e197e8cce2e9db74611929c77" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "virtual_classes_status_idx" ON "virtual_classes" ("status")
        `);
    await queryRunner.query(`
            CREATE INDEX "virtual_classes_host_id_idx" ON "virtual_classes" ("host_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "virtual_classes_task_id_idx" ON "virtual_classes" ("task_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "virtual_classes_created_at_idx" ON "virtual_classes" ("created_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "virtual_classes_starts_at_idx" ON "virtual_classes" ("starts_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "user_activities" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "user_id" uuid NOT NULL,
                "class_id" uuid NOT NULL,
                "task_id" uuid,
                "rol" character varying(16) NOT NULL,
                "completed" boolean NOT NULL DEFAULT false,
                "completed_at" TIMESTAMP(3) WITH TIME ZONE,
                "task_completed_at" TIMESTAMP(3) WITH TIME ZONE,
                CONSTRAINT "user_activities_task_done_check" CHECK (
                    "task_completed_at" IS NULL
                    OR "task_id" IS NOT NULL
                ),
                CONSTRAINT "user_activities_rol_check" CHECK ("rol" IN ('ANFITRION', 'PARTICIPANTE')),
                CONSTRAINT "PK_1245d4d2cf04ba7743f2924d951" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "user_activities_class_id_idx" ON "user_activities" ("class_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "user_activities_task_id_idx" ON "user_activities" ("task_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "user_activities_user_class_key" ON "user_activities" ("user_id", "class_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "audit_logs" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "actor_id" uuid,
                "action" character varying(64) NOT NULL,
                "target_type" character varying(64),
                "target_id" uuid,
                "before" jsonb,
                "after" jsonb,
                "reason" text,
                "request_id" character varying(64),
                "ip" character varying(64),
                "user_agent" text,
                CONSTRAINT "PK_1bb179d048bbc581caa3b013439" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "audit_logs_actor_id_idx" ON "audit_logs" ("actor_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "audit_logs_action_idx" ON "audit_logs" ("action")
        `);
    await queryRunner.query(`
            CREATE INDEX "audit_logs_target_idx" ON "audit_logs" ("target_type", "target_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "audit_logs_created_at_idx" ON "audit_logs" ("created_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "badges" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "name" character varying(40) NOT NULL,
                "title" character varying(120) NOT NULL,
                "description" text NOT NULL,
                "how_to_earn" text NOT NULL,
                CONSTRAINT "badges_name_check" CHECK (
                    "name" IN (
                        'FIRST_CLASS_BOOKED',
                        'FIRST_CLASS_JOINED',
                        'FIRST_TASK_COMPLETED',
                        'TEN_CLASSES_COMPLETED',
                        'PROFILE_COMPLETED',
                        'FIRST_MENTORSHIP_STARTED',
                        'FIRST_MESSAGE_SENT',
                        'MENTOR_APPROVED'
                    )
                ),
                CONSTRAINT "PK_8a651318b8de577e8e217676466" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "badges_name_key" ON "badges" ("name")
        `);
    await queryRunner.query(`
            CREATE TABLE "earned_badges" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "user_id" uuid NOT NULL,
                "badge_id" uuid NOT NULL,
                "earned_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_72afb1e7210aaa0f480bd02e699" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "earned_badges_badge_id_idx" ON "earned_badges" ("badge_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "earned_badges_user_badge_key" ON "earned_badges" ("user_id", "badge_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "mentor_applications" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "applicant_id" uuid NOT NULL,
                "motivation" text NOT NULL,
                "experience" text NOT NULL,
                "status" character varying(16) NOT NULL DEFAULT 'PENDING',
                "reviewed_by_id" uuid,
                "review_reason" text,
                "reviewed_at" TIMESTAMP(3) WITH TIME ZONE,
                CONSTRAINT "mentor_applications_status_check" CHECK ("status" IN ('PENDING', 'APPROVED', 'REJECTED')),
                CONSTRAINT "PK_b45854f73fdae336b2e1699815d" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "mentor_applications_applicant_id_idx" ON "mentor_applications" ("applicant_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "mentor_applications_status_idx" ON "mentor_applications" ("status")
        `);
    await queryRunner.query(`
            CREATE INDEX "mentor_applications_created_at_idx" ON "mentor_applications" ("created_at")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "mentor_applications_pending_key" ON "mentor_applications" ("applicant_id")
            WHERE "status" = 'PENDING'
        `);
    await queryRunner.query(`
            CREATE TABLE "mentorships" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "mentor_id" uuid NOT NULL,
                "mentee_id" uuid NOT NULL,
                "status" character varying(16) NOT NULL DEFAULT 'PENDING',
                "goals" text array NOT NULL DEFAULT '{}',
                "started_at" TIMESTAMP(3) WITH TIME ZONE,
                "ended_at" TIMESTAMP(3) WITH TIME ZONE,
                CONSTRAINT "mentorships_distinct_check" CHECK ("mentor_id" <> "mentee_id"),
                CONSTRAINT "mentorships_status_check" CHECK (
                    "status" IN (
                        'PENDING',
                        'ACTIVE',
                        'DECLINED',
                        'COMPLETED',
                        'CANCELLED'
                    )
                ),
                CONSTRAINT "PK_57c594aeb4b0aed94a827f82c48" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "mentorships_mentor_id_idx" ON "mentorships" ("mentor_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "mentorships_mentee_id_idx" ON "mentorships" ("mentee_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "mentorships_status_idx" ON "mentorships" ("status")
        `);
    await queryRunner.query(`
            CREATE INDEX "mentorships_created_at_idx" ON "mentorships" ("created_at")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "mentorships_open_pair_key" ON "mentorships" ("mentor_id", "mentee_id")
            WHERE "status" IN ('PENDING', 'ACTIVE')
        `);
    await queryRunner.query(`
            CREATE TABLE "mentorship_notes" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "mentorship_id" uuid NOT NULL,
                "author_id" uuid NOT NULL,
                "body" text NOT NULL,
                CONSTRAINT "mentorship_notes_body_check" CHECK (
                    char_length("body") BETWEEN 1 AND 4000
                ),
                CONSTRAINT "PK_c73863ebb4f3752d1bd7af3e8ec" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "mentorship_notes_author_id_idx" ON "mentorship_notes" ("author_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "mentorship_notes_mentorship_created_idx" ON "mentorship_notes" ("mentorship_id", "created_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "messages" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "mentorship_id" uuid NOT NULL,
                "sender_id" uuid NOT NULL,
                "content" text NOT NULL,
                "sent_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "read_at" TIMESTAMP(3) WITH TIME ZONE,
                CONSTRAINT "messages_content_check" CHECK (
                    char_length("content") BETWEEN 1 AND 4000
                ),
                CONSTRAINT "PK_18325f38ae6de43878487eff986" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "messages_sender_id_idx" ON "messages" ("sender_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "messages_mentorship_sent_idx" ON "messages" ("mentorship_id", "sent_at", "id")
        `);
    await queryRunner.query(`
            CREATE TABLE "notifications" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "recipient_id" uuid NOT NULL,
                "kind" character varying(32) NOT NULL,
                "payload" jsonb NOT NULL DEFAULT '{}',
                "read_at" TIMESTAMP(3) WITH TIME ZONE,
                CONSTRAINT "notifications_kind_check" CHECK (
                    "kind" IN (
                        'BADGE_EARNED',
                        'ROLE_CHANGED',
                        'MENTORSHIP_REQUESTED',
                        'MENTORSHIP_UPDATED',
                        'CLASS_CANCELLED',
                        'APPLICATION_REVIEWED',
                        'PROFILE_REMINDER'
                    )
                ),
                CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "notifications_recipient_created_idx" ON "notifications" ("recipient_id", "created_at", "id")
        `);
    await queryRunner.query(`
            CREATE TABLE "user_roles" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "user_id" uuid NOT NULL,
                "role" character varying(16) NOT NULL,
                "effective_start_date" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "effective_end_date" TIMESTAMP(3) WITH TIME ZONE,
                "is_active" boolean NOT NULL DEFAULT true,
                "assigned_by_id" uuid,
                "reason" text,
                "admin_notes" text,
                CONSTRAINT "user_roles_window_check" CHECK (
                    "effective_end_date" IS NULL
                    OR "effective_end_date" > "effective_start_date"
                ),
                CONSTRAINT "user_roles_role_check" CHECK (
                    "role" IN ('LEARNER', 'MENTOR', 'ADMIN', 'OWNER')
                ),
                CONSTRAINT "user_roles_no_overlap" EXCLUDE USING gist (
                    "user_id" WITH =,
                    "role" WITH =,
                    tstzrange("effective_start_date", "effective_end_date") WITH &&
                )
                WHERE ("is_active"),
                    CONSTRAINT "PK_8acd5cf26ebd158416f477de799" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "user_roles_user_id_idx" ON "user_roles" ("user_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "user_roles_assigned_by_id_idx" ON "user_roles" ("assigned_by_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "user_roles_effective_idx" ON "user_roles" ("effective_start_date", "effective_end_date")
        `);
    await queryRunner.query(`
            CREATE INDEX "user_roles_role_idx" ON "user_roles" ("role")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "user_roles_user_role_start_key" ON "user_roles" ("user_id", "role", "effective_start_date")
        `);
    await queryRunner.query(`
            CREATE TABLE "suggestions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "mentor_id" uuid NOT NULL,
                "mentee_id" uuid NOT NULL,
                "score" integer NOT NULL,
                "shared_skill_ids" uuid array NOT NULL DEFAULT '{}',
                "status" character varying(16) NOT NULL DEFAULT 'PENDING',
                CONSTRAINT "suggestions_score_check" CHECK ("score" >= 0),
                CONSTRAINT "suggestions_distinct_check" CHECK ("mentor_id" <> "mentee_id"),
                CONSTRAINT "suggestions_status_check" CHECK ("status" IN ('PENDING', 'ACCEPTED', 'DECLINED')),
                CONSTRAINT "PK_745bbcb037ac379969b5fc7b352" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "suggestions_mentor_id_idx" ON "suggestions" ("mentor_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "suggestions_mentee_mentor_key" ON "suggestions" ("mentee_id", "mentor_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "accounts" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "provider" character varying(16) NOT NULL,
                "provider_account_id" character varying(255) NOT NULL,
                "user_id" uuid NOT NULL,
                "refresh_token_encrypted" text,
                CONSTRAINT "accounts_provider_check" CHECK ("provider" IN ('GOOGLE', 'GITHUB')),
                CONSTRAINT "PK_5a7a02c20412299d198e097a8fe" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "accounts_user_id_idx" ON "accounts" ("user_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "accounts_provider_account_key" ON "accounts" ("provider", "provider_account_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "user_mentor_skills" (
                "user_id" uuid NOT NULL,
                "skill_id" uuid NOT NULL,
                CONSTRAINT "PK_4cc85107cf9d4d09e8731e3af4f" PRIMARY KEY ("user_id", "skill_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_238822293802b8e82774b421f5" ON "user_mentor_skills" ("user_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_2c985c0096867b800a60a64773" ON "user_mentor_skills" ("skill_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "user_mentee_skills" (
                "user_id" uuid NOT NULL,
                "skill_id" uuid NOT NULL,
                CONSTRAINT "PK_01ce36ba313b60ac02fa4362b3a" PRIMARY KEY ("user_id", "skill_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_8bf7ff4b54d8062e09e88f79f2" ON "user_mentee_skills" ("user_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_18fbb5c401eab53b83a4a839ea" ON "user_mentee_skills" ("skill_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "mentor_application_skills" (
                "application_id" uuid NOT NULL,
                "skill_id" uuid NOT NULL,
                CONSTRAINT "PK_58bf36760a04703a8d91edb334b" PRIMARY KEY ("application_id", "skill_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_03c4f00c56679745f413145937" ON "mentor_application_skills" ("application_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_eba001a779c0110eb493836f31" ON "mentor_application_skills" ("skill_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "tasks"
            ADD CONSTRAINT "FK_42434f901d86bd2fc5f0f6e4779" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "virtual_classes"
            ADD CONSTRAINT "FK_5530c9a0ea85f1a600137c7939c" FOREIGN KEY ("host_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "virtual_classes"
            ADD CONSTRAINT "FK_1810498d3e98a849cbfc3b60d23" FOREIGN KEY ("task_id") REFERENCES "tasks"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "user_activities"
            ADD CONSTRAINT "FK_a283f37e08edf5e37d38b375eec" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "user_activities"
            ADD CONSTRAINT "FK_bfbcbe552e0606912d69cde24b4" FOREIGN KEY ("class_id") REFERENCES "virtual_classes"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "user_activities"
            ADD CONSTRAINT "FK_282b1636762ca82b570f80c14a3" FOREIGN KEY ("task_id") REFERENCES "tasks"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "audit_logs"
            ADD CONSTRAINT "FK_177183f29f438c488b5e8510cdb" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "earned_badges"
            ADD CONSTRAINT "FK_e30766fd333a47dbeff018f5341" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "earned_badges"
            ADD CONSTRAINT "FK_a25d57a0a1ae59716c1e754c923" FOREIGN KEY ("badge_id") REFERENCES "badges"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "mentor_applications"
            ADD CONSTRAINT "FK_7e857b663b27b43d365fc5da5e3" FOREIGN KEY ("applicant_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "mentor_applications"
            ADD CONSTRAINT "FK_1ed8e14cc18dc5a89bd4359fa6c" FOREIGN KEY ("reviewed_by_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "mentorships"
            ADD CONSTRAINT "FK_54ff14b29432a4b4a78df075b90" FOREIGN KEY ("mentor_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "mentorships"
            ADD CONSTRAINT "FK_591a7a7a7640ddaabdbd50862ce" FOREIGN KEY ("mentee_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "mentorship_notes"
            ADD CONSTRAINT "FK_e9c42863dac2189a9106f8bf237" FOREIGN KEY ("mentorship_id") REFERENCES "mentorships"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "mentorship_notes"
            ADD CONSTRAINT "FK_ff215b17a4542925882b84dc7e3" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "messages"
            ADD CONSTRAINT "FK_70b027562af60bc6e76dd8eaa5e" FOREIGN KEY ("mentorship_id") REFERENCES "mentorships"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "messages"
            ADD CONSTRAINT "FK_22133395bd13b970ccd0c34ab22" FOREIGN KEY ("sender_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "notifications"
            ADD CONSTRAINT "FK_5332a4daa46fd3f4e6625dd275d" FOREIGN KEY ("recipient_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "user_roles"
            ADD CONSTRAINT "FK_87b8888186ca9769c960e926870" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "user_roles"
            ADD CONSTRAINT "FK_9e5850a29fcce99b277859f3dba" FOREIGN KEY ("assigned_by_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "suggestions"
            ADD CONSTRAINT "FK_6d6f2b519e165c5b0bbfebd45df" FOREIGN KEY ("mentor_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "suggestions"
            ADD CONSTRAINT "FK_2c6d476310c64ca5616aa78aec6" FOREIGN KEY ("mentee_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "accounts"
            ADD CONSTRAINT "FK_3000dad1da61b29953f07476324" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "user_mentor_skills"
            ADD CONSTRAINT "FK_238822293802b8e82774b421f50" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE
        `);
    await queryRunner.query(`
            ALTER TABLE "user_mentor_skills"
            ADD CONSTRAINT "FK_2c985c0096867b800a60a647737" FOREIGN KEY ("skill_id") REFERENCES "skills"("id") ON DELETE CASCADE ON UPDATE CASCADE
        `);
    await queryRunner.query(`
            ALTER TABLE "user_mentee_skills"
            ADD CONSTRAINT "FK_8bf7ff4b54d8062e09e88f79f2b" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE
        `);
    await queryRunner.query(`
            ALTER TABLE "user_mentee_skills"
            ADD CONSTRAINT "FK_18fbb5c401eab53b83a4a839ea5" FOREIGN KEY ("skill_id") REFERENCES "skills"("id") ON DELETE CASCADE ON UPDATE CASCADE
        `);
    await queryRunner.query(`
            ALTER TABLE "mentor_application_skills"
            ADD CONSTRAINT "FK_03c4f00c56679745f4131459370" FOREIGN KEY ("application_id") REFERENCES "mentor_applications"("id") ON DELETE CASCADE ON UPDATE CASCADE
        `);
    await queryRunner.query(`
            ALTER TABLE "mentor_application_skills"
            ADD CONSTRAINT "FK_eba001a779c0110eb493836f310" FOREIGN KEY ("skill_id") REFERENCES "skills"("id") ON DELETE CASCADE ON UPDATE CASCADE
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "mentor_application_skills" DROP CONSTRAINT "FK_eba001a779c0110eb493836f310"
        `);
    await queryRunner.query(`
            ALTER TABLE "mentor_application_skills" DROP CONSTRAINT "FK_03c4f00c56679745f4131459370"
        `);
    await queryRunner.query(`
            ALTER TABLE "user_mentee_skills" DROP CONSTRAINT "FK_18fbb5c401eab53b83a4a839ea5"
        `);
    await queryRunner.query(`
            ALTER TABLE "user_mentee_skills" DROP CONSTRAINT "FK_8bf7ff4b54d8062e09e88f79f2b"
        `);
    await queryRunner.query(`
            ALTER TABLE "user_mentor_skills" DROP CONSTRAINT "FK_2c985c0096867b800a60a647737"
        `);
    await queryRunner.query(`
            ALTER TABLE "user_mentor_skills" DROP CONSTRAINT "FK_238822293802b8e82774b421f50"
        `);
    await queryRunner.query(`
            ALTER TABLE "accounts" DROP CONSTRAINT "FK_3000dad1da61b29953f07476324"
        `);
    await queryRunner.query(`
            ALTER TABLE "suggestions" DROP CONSTRAINT "FK_2c6d476310c64ca5616aa78aec6"
        `);
    await queryRunner.query(`
            ALTER TABLE "suggestions" DROP CONSTRAINT "FK_6d6f2b519e165c5b0bbfebd45df"
        `);
    await queryRunner.query(`
            ALTER TABLE "user_roles" DROP CONSTRAINT "FK_9e5850a29fcce99b277859f3dba"
        `);
    await queryRunner.query(`
            ALTER TABLE "user_roles" DROP CONSTRAINT "FK_87b8888186ca9769c960e926870"
        `);
    await queryRunner.query(`
            ALTER TABLE "notifications" DROP CONSTRAINT "FK_5332a4daa46fd3f4e6625dd275d"
        `);
    await queryRunner.query(`
            ALTER TABLE "messages" DROP CONSTRAINT "FK_22133395bd13b970ccd0c34ab22"
        `);
    await queryRunner.query(`
            ALTER TABLE "messages" DROP CONSTRAINT "FK_70b027562af60bc6e76dd8eaa5e"
        `);
    await queryRunner.query(`
            ALTER TABLE "mentorship_notes" DROP CONSTRAINT "FK_ff215b17a4542925882b84dc7e3"
        `);
    await queryRunner.query(`
            ALTER TABLE "mentorship_notes" DROP CONSTRAINT "FK_e9c42863dac2189a9106f8bf237"
        `);
    await queryRunner.query(`
            ALTER TABLE "mentorships" DROP CONSTRAINT "FK_591a7a7a7640ddaabdbd50862ce"
        `);
    await queryRunner.query(`
            ALTER TABLE "mentorships" DROP CONSTRAINT "FK_54ff14b29432a4b4a78df075b90"
        `);
    await queryRunner.query(`
            ALTER TABLE "mentor_applications" DROP CONSTRAINT "FK_1ed8e14cc18dc5a89bd4359fa6c"
        `);
    await queryRunner.query(`
            ALTER TABLE "mentor_applications" DROP CONSTRAINT "FK_7e857b663b27b43d365fc5da5e3"
        `);
    await queryRunner.query(`
            ALTER TABLE "earned_badges" DROP CONSTRAINT "FK_a25d57a0a1ae59716c1e754c923"
        `);
    await queryRunner.query(`
            ALTER TABLE "earned_badges" DROP CONSTRAINT "FK_e30766fd333a47dbeff018f5341"
        `);
    await queryRunner.query(`
            ALTER TABLE "audit_logs" DROP CONSTRAINT "FK_177183f29f438c488b5e8510cdb"
        `);
    await queryRunner.query(`
            ALTER TABLE "user_activities" DROP CONSTRAINT "FK_282b1636762ca82b570f80c14a3"
        `);
    await queryRunner.query(`
            ALTER TABLE "user_activities" DROP CONSTRAINT "FK_bfbcbe552e0606912d69cde24b4"
        `);
    await queryRunner.query(`
            ALTER TABLE "user_activities" DROP CONSTRAINT "FK_a283f37e08edf5e37d38b375eec"
        `);
    await queryRunner.query(`
            ALTER TABLE "virtual_classes" DROP CONSTRAINT "FK_1810498d3e98a849cbfc3b60d23"
        `);
    await queryRunner.query(`
            ALTER TABLE "virtual_classes" DROP CONSTRAINT "FK_5530c9a0ea85f1a600137c7939c"
        `);
    await queryRunner.query(`
            ALTER TABLE "tasks" DROP CONSTRAINT "FK_42434f901d86bd2fc5f0f6e4779"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_eba001a779c0110eb493836f31"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_03c4f00c56679745f413145937"
        `);
    await queryRunner.query(`
            DROP TABLE "mentor_application_skills"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_18fbb5c401eab53b83a4a839ea"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_8bf7ff4b54d8062e09e88f79f2"
        `);
    await queryRunner.query(`
            DROP TABLE "user_mentee_skills"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_2c985c0096867b800a60a64773"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_238822293802b8e82774b421f5"
        `);
    await queryRunner.query(`
            DROP TABLE "user_mentor_skills"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."accounts_provider_account_key"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."accounts_user_id_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "accounts"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."suggestions_mentee_mentor_key"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."suggestions_mentor_id_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "suggestions"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."user_roles_user_role_start_key"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."user_roles_role_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."user_roles_effective_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."user_roles_assigned_by_id_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."user_roles_user_id_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "user_roles"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."notifications_recipient_created_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "notifications"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."messages_mentorship_sent_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."messages_sender_id_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "messages"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."mentorship_notes_mentorship_created_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."mentorship_notes_author_id_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "mentorship_notes"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."mentorships_open_pair_key"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."mentorships_created_at_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."mentorships_status_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."mentorships_mentee_id_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."mentorships_mentor_id_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "mentorships"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."mentor_applications_pending_key"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."mentor_applications_created_at_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."mentor_applications_status_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."mentor_applications_applicant_id_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "mentor_applications"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."earned_badges_user_badge_key"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."earned_badges_badge_id_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "earned_badges"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."badges_name_key"
        `);
    await queryRunner.query(`
            DROP TABLE "badges"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."audit_logs_created_at_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."audit_logs_target_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."audit_logs_action_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."audit_logs_actor_id_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "audit_logs"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."user_activities_user_class_key"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."user_activities_task_id_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."user_activities_class_id_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "user_activities"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."virtual_classes_starts_at_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."virtual_classes_created_at_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."virtual_classes_task_id_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."virtual_classes_host_id_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."virtual_classes_status_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "virtual_classes"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."tasks_created_at_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."tasks_author_id_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "tasks"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."users_created_at_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."users_status_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."users_email_key"
        `);
    await queryRunner.query(`
            DROP TABLE "users"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."skills_slug_key"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."skills_name_key"
        `);
    await queryRunner.query(`
            DROP TABLE "skills"
        `);
  }
}
