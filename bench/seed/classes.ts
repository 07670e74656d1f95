import { tempTable, type SeedStep } from './step';
import { sqlTextArray, TIMELINE, TOPICS } from './timeline';

const topic = (index: string): string => `(${sqlTextArray(TOPICS)})[1 + ${index}]`;

/** Tasks written by mentors, before the first class, so any completed class may attach one. */
const insertTasks: SeedStep = {
  label: 'tasks',
  sql: `INSERT INTO "tasks" ("id", "created_at", "updated_at", "title", "description", "content", "solved_content",
          "type", "difficulty", "english_level", "author_id")
        SELECT pg_temp.bench_id('task:' || t), x.at, x.at, 'Task ' || t || ': ' || x.topic,
          'Practice ' || x.topic || ' step by step.',
          '# ' || x.topic || E'\\n\\nRead the statement, then solve the three exercises.',
          E'## Solution\\n\\nThe exercises, solved and explained.',
          (ARRAY['EXAM', 'AUDIO', 'VIDEO', 'READING'])[1 + t % 4],
          (ARRAY['EASY', 'MEDIUM', 'HARD'])[1 + t % 3],
          (ARRAY[NULL, 'INICIAL', 'BASICO', 'INTERMEDIO', 'AVANZADO'])[1 + t % 5],
          pg_temp.bench_id('user:' || 2 * (((t - 1) * 7) % (s.users / 2) + 1))
        FROM bench_scale s, generate_series(1, s.tasks) AS t,
          LATERAL (SELECT ${TIMELINE.tasksFrom} + t * interval '6 hours' AS at, ${topic('t % 10')} AS topic) x`,
};

/**
 * One row per class: three in four are past and COMPLETED, one in ten CANCELLED, one in twenty
 * past but never completed (reads PENDING), one in ten SCHEDULED in the future with free seats.
 * Hosts are mentors. Group classes have 50 seats (the most bookClass allows); past ones are nearly
 * full, upcoming ones 30–70 % full. Participants are consecutive users after the host, shifted by
 * a per-class offset, so a class never lists its host twice and never exceeds its seats.
 */
const planClasses = tempTable(
  'bench_class',
  'c',
  `WITH base AS (
     SELECT c,
       2 * (((c - 1) * 37) % (s.users / 2) + 1) AS host_n,
       CASE WHEN c % 20 < 15 THEN 'COMPLETED' WHEN c % 20 < 17 THEN 'CANCELLED'
            WHEN c % 20 = 17 THEN 'PENDING' ELSE 'UPCOMING' END AS kind,
       CASE WHEN c % 100 = 7 THEN 'INDIVIDUAL' ELSE 'GRUPAL' END AS class_type,
       30 * (1 + c % 4) AS duration
     FROM bench_scale s, generate_series(1, s.classes) AS c
   ), timed AS (
     SELECT base.*,
       CASE WHEN class_type = 'INDIVIDUAL' THEN 1 ELSE 50 END AS max_participants,
       CASE WHEN kind = 'UPCOMING'
            THEN ${TIMELINE.upcomingFrom} + (c / 20) * interval '1 day' + (c % 20 - 18) * interval '2 hours'
            ELSE ${TIMELINE.classesFrom} + ((c - 1)::bigint * ${TIMELINE.classQuarterHours} / s.classes) * interval '15 minutes'
       END AS starts_at
     FROM base, bench_scale s
   ), sized AS (
     SELECT timed.*,
       least(
         CASE WHEN class_type = 'INDIVIDUAL' THEN 1
              WHEN kind = 'UPCOMING' THEN 1 + max_participants * (3 + (c / 20) % 5) / 10
              ELSE max_participants - c % 3 END,
         s.users) - 1 AS participants,
       CASE WHEN kind = 'UPCOMING' THEN ${TIMELINE.datasetNow} - (1 + c % 30) * interval '1 day'
            ELSE starts_at - interval '14 days' END AS booked_at
     FROM timed, bench_scale s
   )
   SELECT sized.*,
     pg_temp.bench_id('class:' || c) AS id,
     CASE WHEN kind = 'COMPLETED' THEN starts_at + duration * interval '1 minute' END AS completed_at,
     CASE WHEN kind = 'COMPLETED' AND c % 5 <> 4 THEN pg_temp.bench_id('task:' || (1 + (c - 1) % s.tasks)) END AS task_id,
     pg_temp.bench_hash('class-members:' || c) % (s.users - participants) AS member_offset
   FROM sized, bench_scale s`,
);

const insertClasses: SeedStep = {
  label: 'virtual_classes',
  sql: `INSERT INTO "virtual_classes" ("id", "created_at", "updated_at", "title", "starts_at", "duration_minutes",
          "class_type", "max_participants", "participant_count", "status", "host_id", "meeting_url", "task_id",
          "cancel_reason", "completed_at")
        SELECT id, booked_at,
          CASE kind WHEN 'COMPLETED' THEN completed_at WHEN 'CANCELLED' THEN starts_at - interval '1 day'
                    ELSE booked_at + participants * interval '7 minutes' END,
          ${topic('c % 10')} || ' clinic #' || c, starts_at, duration, class_type, max_participants,
          participants + 1,
          CASE kind WHEN 'COMPLETED' THEN 'COMPLETED' WHEN 'CANCELLED' THEN 'CANCELLED' ELSE 'SCHEDULED' END,
          pg_temp.bench_id('user:' || host_n), 'https://meet.example.org/bench-' || c, task_id,
          CASE WHEN kind = 'CANCELLED' THEN 'The host is unavailable that day.' END,
          completed_at
        FROM bench_class`,
};

/** j = 0 is the host; participants j = 1.. are distinct users other than the host. */
const planMembers = tempTable(
  'bench_member',
  'c, j',
  `SELECT c, 0 AS j, host_n AS user_n FROM bench_class
   UNION ALL
   SELECT k.c, j, (k.host_n + k.member_offset + j - 1) % s.users + 1
   FROM bench_class k, bench_scale s, generate_series(1, k.participants) AS j`,
);

/**
 * Every member's activity, joined in order after the booking. Completing a class completes every
 * member's activity (the host's too) and attaches the class's task; a third of those members also
 * finished the task a day later.
 */
const insertActivities: SeedStep = {
  label: 'user_activities',
  sql: `INSERT INTO "user_activities" ("id", "created_at", "updated_at", "user_id", "class_id", "task_id", "rol",
          "completed", "completed_at", "task_completed_at")
        SELECT pg_temp.bench_id('activity:' || m.c || ':' || m.j), x.joined, coalesce(x.task_done, k.completed_at, x.joined),
          pg_temp.bench_id('user:' || m.user_n), k.id, k.task_id,
          CASE WHEN m.j = 0 THEN 'ANFITRION' ELSE 'PARTICIPANTE' END,
          k.kind = 'COMPLETED', k.completed_at, x.task_done
        FROM bench_member m
        JOIN bench_class k ON k.c = m.c
        CROSS JOIN LATERAL (
          SELECT k.booked_at + m.j * interval '7 minutes' AS joined,
                 CASE WHEN k.task_id IS NOT NULL AND pg_temp.bench_hash('task-done:' || m.c || ':' || m.j) % 3 = 0
                      THEN k.completed_at + interval '1 day' + m.j * interval '1 minute' END AS task_done
        ) x`,
};

/**
 * totalClasses per user: distinct classes with a completed activity, from the plan, so that users
 * are written once with their final totals (an UPDATE of every user would rewrite all their indexes).
 */
const planTotals = tempTable(
  'bench_total',
  'user_n',
  `SELECT m.user_n, count(DISTINCT m.c)::int AS classes, max(k.completed_at) AS last_completed
   FROM bench_member m JOIN bench_class k ON k.c = m.c
   WHERE k.kind = 'COMPLETED'
   GROUP BY m.user_n`,
);

/** The class plan, which the users' derived totals are computed from. */
export const classPlanSteps: SeedStep[] = [...planClasses, ...planMembers, ...planTotals];

/** Tasks, classes and memberships, once their users exist. */
export const classSteps: SeedStep[] = [insertTasks, insertClasses, insertActivities];
