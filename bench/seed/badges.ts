import type { SeedStep } from './step';

/**
 * Earned badges, each backed by what its user did and dated when they first did it (the rules of
 * the badge module): booking, joining, finishing a task, the tenth completed class, a complete
 * profile, a started mentorship, a sent message. From all those candidates a fixed share is kept
 * (the bench users' first, then by a hash of user and badge), as a catalog that grew over time
 * would leave some earlier achievements unbadged.
 */
const insertEarnedBadges: SeedStep = {
  label: 'earned_badges',
  sql: `INSERT INTO "earned_badges" ("id", "created_at", "updated_at", "user_id", "badge_id", "earned_at")
        WITH candidates AS (
          SELECT "user_id", 'FIRST_CLASS_BOOKED' AS badge, min("created_at") AS at
          FROM "user_activities" WHERE "rol" = 'ANFITRION' GROUP BY "user_id"
          UNION ALL
          SELECT "user_id", 'FIRST_CLASS_JOINED', min("created_at")
          FROM "user_activities" WHERE "rol" = 'PARTICIPANTE' GROUP BY "user_id"
          UNION ALL
          SELECT "user_id", 'FIRST_TASK_COMPLETED', min("task_completed_at")
          FROM "user_activities" WHERE "task_completed_at" IS NOT NULL GROUP BY "user_id"
          UNION ALL
          SELECT "user_id", 'TEN_CLASSES_COMPLETED', "completed_at"
          FROM (
            SELECT "user_id", "completed_at",
                   row_number() OVER (PARTITION BY "user_id" ORDER BY "completed_at", "class_id") AS nth
            FROM "user_activities" WHERE "completed"
          ) done
          WHERE nth = 10
          UNION ALL
          SELECT "id", 'PROFILE_COMPLETED', "created_at" + interval '2 hours' FROM "users" WHERE "profile_complete"
          UNION ALL
          SELECT member, 'FIRST_MENTORSHIP_STARTED', min("started_at")
          FROM (
            SELECT "mentor_id" AS member, "started_at" FROM "mentorships" WHERE "started_at" IS NOT NULL
            UNION ALL
            SELECT "mentee_id", "started_at" FROM "mentorships" WHERE "started_at" IS NOT NULL
          ) started
          GROUP BY member
          UNION ALL
          SELECT "sender_id", 'FIRST_MESSAGE_SENT', min("sent_at") FROM "messages" GROUP BY "sender_id"
        ), kept AS (
          SELECT c.*, b."id" AS badge_id
          FROM candidates c JOIN "badges" b ON b."name" = c.badge
          ORDER BY c."user_id" IN (SELECT pg_temp.bench_id('user:' || n) FROM generate_series(1, 3) AS n) DESC,
                   md5(c."user_id"::text || c.badge)
          LIMIT (SELECT badges FROM bench_scale)
        )
        SELECT pg_temp.bench_id('badge:' || "user_id" || ':' || badge), at, at, "user_id", badge_id, at FROM kept`,
};

/** The BADGE_EARNED notification every award creates (payload as notices.badgeEarned); most are read. */
const insertNotifications: SeedStep = {
  label: 'notifications',
  sql: `INSERT INTO "notifications" ("id", "created_at", "updated_at", "recipient_id", "kind", "payload", "read_at")
        SELECT pg_temp.bench_id('notice:' || e."id"), e."earned_at", coalesce(r.read_at, e."earned_at"), e."user_id",
          'BADGE_EARNED', jsonb_build_object('badge', b."name", 'title', b."title"), r.read_at
        FROM "earned_badges" e
        JOIN "badges" b ON b."id" = e."badge_id"
        CROSS JOIN LATERAL (
          SELECT CASE WHEN pg_temp.bench_hash(e."id"::text) % 10 = 0 THEN NULL
                      ELSE e."earned_at" + interval '6 hours' END AS read_at
        ) r`,
};

/** Badges and the notifications they caused. */
export const badgeSteps: SeedStep[] = [insertEarnedBadges, insertNotifications];
