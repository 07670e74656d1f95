/**
 * Rules of the product that the dataset must keep beyond what the database enforces itself
 * (constraints already refused any violation while seeding). Each query counts the rows that
 * break its rule, so 0 means it holds.
 */
export interface Invariant {
  rule: string;
  sql: string;
}

export const INVARIANTS: Invariant[] = [
  {
    rule: 'participant_count is the number of members, host included',
    sql: `SELECT count(*) FROM "virtual_classes" v
          WHERE v."participant_count" <> (SELECT count(*) FROM "user_activities" a WHERE a."class_id" = v."id")`,
  },
  {
    rule: 'every class has exactly one host activity, by its host',
    sql: `SELECT count(*) FROM "virtual_classes" v
          WHERE (SELECT count(*) FROM "user_activities" a
                 WHERE a."class_id" = v."id" AND a."rol" = 'ANFITRION' AND a."user_id" = v."host_id") <> 1
             OR EXISTS (SELECT 1 FROM "user_activities" a
                        WHERE a."class_id" = v."id" AND (a."rol" = 'ANFITRION') <> (a."user_id" = v."host_id"))`,
  },
  {
    rule: 'activities are completed exactly in COMPLETED classes, with the class task',
    sql: `SELECT count(*) FROM "user_activities" a JOIN "virtual_classes" v ON v."id" = a."class_id"
          WHERE a."completed" <> (v."status" = 'COMPLETED') OR a."task_id" IS DISTINCT FROM v."task_id"`,
  },
  {
    rule: 'members joined after signing up and before the class started',
    sql: `SELECT count(*) FROM "user_activities" a
          JOIN "users" u ON u."id" = a."user_id" JOIN "virtual_classes" v ON v."id" = a."class_id"
          WHERE a."created_at" < u."created_at" OR a."created_at" >= v."starts_at"`,
  },
  {
    rule: 'total_classes is the number of distinct classes with a completed activity',
    sql: `SELECT count(*) FROM "users" u
          WHERE u."total_classes" <> (SELECT count(DISTINCT a."class_id") FROM "user_activities" a
                                      WHERE a."user_id" = u."id" AND a."completed")`,
  },
  {
    rule: 'profile_completion_percentage is filled required fields × 10, complete exactly at 100',
    sql: `SELECT count(*) FROM "users" u,
            LATERAL (SELECT count(*) FILTER (WHERE coalesce(btrim(f), '') <> '') * 10 AS pct
                     FROM unnest(ARRAY[u."first_name", u."last_name", u."email"::text, u."address", u."city",
                                       u."country"::text, u."timezone", u."education_level", u."learning_goals",
                                       u."preferred_learning_style"]) AS f) c
          WHERE u."profile_completion_percentage" <> c.pct OR u."profile_complete" <> (c.pct = 100)`,
  },
  {
    rule: 'every user holds LEARNER from sign-up',
    sql: `SELECT count(*) FROM "users" u WHERE NOT EXISTS (
            SELECT 1 FROM "user_roles" r WHERE r."user_id" = u."id" AND r."role" = 'LEARNER'
              AND r."effective_start_date" = u."created_at" AND r."effective_end_date" IS NULL AND r."is_active")`,
  },
  {
    rule: 'mentors hold an effective MENTOR role when their mentorship starts',
    sql: `SELECT count(*) FROM "mentorships" m WHERE m."started_at" IS NOT NULL AND NOT EXISTS (
            SELECT 1 FROM "user_roles" r WHERE r."user_id" = m."mentor_id" AND r."role" = 'MENTOR' AND r."is_active"
              AND r."effective_start_date" <= m."started_at"
              AND (r."effective_end_date" IS NULL OR r."effective_end_date" > m."started_at"))`,
  },
  {
    rule: 'mentorship dates follow the status',
    sql: `SELECT count(*) FROM "mentorships" m
          WHERE (m."started_at" IS NOT NULL) <> (m."status" IN ('ACTIVE', 'COMPLETED'))
             OR (m."ended_at" IS NOT NULL) <> (m."status" IN ('COMPLETED', 'DECLINED', 'CANCELLED'))`,
  },
  {
    rule: 'messages are sent by a member, in an ACTIVE or COMPLETED mentorship, while it was active',
    sql: `SELECT count(*) FROM "messages" x JOIN "mentorships" m ON m."id" = x."mentorship_id"
          WHERE m."status" NOT IN ('ACTIVE', 'COMPLETED') OR x."sender_id" NOT IN (m."mentor_id", m."mentee_id")
             OR x."sent_at" < m."started_at" OR x."sent_at" > coalesce(m."ended_at", 'infinity')
             OR x."read_at" < x."sent_at"`,
  },
  {
    rule: 'TEN_CLASSES_COMPLETED only for users with ten completed classes',
    sql: `SELECT count(*) FROM "earned_badges" e JOIN "badges" b ON b."id" = e."badge_id"
          JOIN "users" u ON u."id" = e."user_id"
          WHERE b."name" = 'TEN_CLASSES_COMPLETED' AND u."total_classes" < 10`,
  },
  {
    rule: 'every earned badge has its BADGE_EARNED notification',
    sql: `SELECT count(*) FROM "earned_badges" e JOIN "badges" b ON b."id" = e."badge_id"
          WHERE NOT EXISTS (SELECT 1 FROM "notifications" n WHERE n."recipient_id" = e."user_id"
                              AND n."kind" = 'BADGE_EARNED' AND n."payload" ->> 'badge' = b."name")`,
  },
];
