import { tempTable, type SeedStep } from './step';
import { sqlTextArray, TIMELINE, TOPICS } from './timeline';

/**
 * Mentorships k = 1..M. The first ones belong to the bench mentor (user 2, mentees 3, 4, …); the
 * rest cycle through the other mentors (even users from 4), one lap at a time, each lap giving a
 * mentor a different mentee. So no (mentor, mentee) pair repeats, and the "one open mentorship per
 * pair" index holds whatever the statuses. Mentors hold MENTOR from 2024-01-31 at the latest, and a
 * revoked window is granted again by 2024-06-30, before the first mentorship starts.
 */
const planMentorships = tempTable(
  'bench_mentorship',
  'k',
  `WITH paired AS (
     SELECT k,
       CASE WHEN k <= s.bench_mentorships THEN 2
            ELSE 2 * ((k - s.bench_mentorships - 1) % (s.users / 2 - 1) + 2) END AS mentor_n,
       (k - s.bench_mentorships - 1) / (s.users / 2 - 1) AS lap
     FROM bench_scale s, generate_series(1, s.mentorships) AS k
   ), named AS (
     SELECT paired.*,
       CASE WHEN k <= s.bench_mentorships THEN 2 + k
            ELSE (mentor_n + (pg_temp.bench_hash('mentee:' || mentor_n) + lap) % (s.users - 1)) % s.users + 1
       END AS mentee_n,
       CASE k % 10 WHEN 0 THEN 'ACTIVE' WHEN 1 THEN 'ACTIVE' WHEN 2 THEN 'ACTIVE' WHEN 3 THEN 'ACTIVE'
                   WHEN 4 THEN 'COMPLETED' WHEN 5 THEN 'COMPLETED' WHEN 6 THEN 'COMPLETED'
                   WHEN 7 THEN 'PENDING' WHEN 8 THEN 'DECLINED' ELSE 'CANCELLED' END AS status,
       ${TIMELINE.mentorshipsFrom} + ((k - 1)::bigint * ${TIMELINE.mentorshipMinutes} / s.mentorships) * interval '1 minute'
         AS requested_at
     FROM paired, bench_scale s
   )
   SELECT named.*,
     pg_temp.bench_id('mentorship:' || k) AS id,
     CASE WHEN status IN ('ACTIVE', 'COMPLETED') THEN requested_at + interval '2 days' END AS started_at,
     CASE status WHEN 'COMPLETED' THEN requested_at + interval '62 days'
                 WHEN 'DECLINED' THEN requested_at + interval '1 day'
                 WHEN 'CANCELLED' THEN requested_at + interval '1 day' END AS ended_at
   FROM named`,
);

const insertMentorships: SeedStep = {
  label: 'mentorships',
  sql: `INSERT INTO "mentorships" ("id", "created_at", "updated_at", "mentor_id", "mentee_id", "status", "goals",
          "started_at", "ended_at")
        SELECT id, requested_at, coalesce(ended_at, started_at, requested_at),
          pg_temp.bench_id('user:' || mentor_n), pg_temp.bench_id('user:' || mentee_n), status,
          CASE WHEN k % 3 = 0
               THEN ARRAY['Learn ' || g.topic, 'Ship a portfolio project', 'Prepare for interviews']
               ELSE ARRAY['Learn ' || g.topic, 'Ship a portfolio project'] END,
          started_at, ended_at
        FROM bench_mentorship, LATERAL (SELECT (${sqlTextArray(TOPICS)})[1 + k % 10] AS topic) g`,
};

/** The mentorships that have a thread (messages are sent only while ACTIVE), numbered 1..E. */
const planThreads = tempTable(
  'bench_thread',
  'e',
  `SELECT row_number() OVER (ORDER BY k) AS e, k, id, mentor_n, mentee_n, status, started_at
   FROM bench_mentorship WHERE status IN ('ACTIVE', 'COMPLETED')`,
);

const LINES = [
  'Thanks for the call today!',
  'I pushed the exercise, could you take a look?',
  'Great progress this week. Next: error handling.',
  'Can we move Thursday to Friday?',
  'Here is the article I mentioned.',
  'I am stuck on the second exercise.',
  'Try splitting it into smaller functions first.',
  'See you next week.',
];

/**
 * Messages dealt round-robin over the threads, so every thread gets about the same number,
 * alternating mentee and mentor, five hours apart from the start (well before a COMPLETED
 * mentorship ended). All are read, except one in seven in ACTIVE threads.
 */
const insertMessages: SeedStep = {
  label: 'messages',
  sql: `INSERT INTO "messages" ("id", "created_at", "updated_at", "mentorship_id", "sender_id", "content", "sent_at", "read_at")
        SELECT pg_temp.bench_id('message:' || i), x.sent_at, coalesce(x.read_at, x.sent_at), t.id,
          pg_temp.bench_id('user:' || CASE WHEN p.seq % 2 = 0 THEN t.mentee_n ELSE t.mentor_n END),
          (${sqlTextArray(LINES)})[1 + i % ${LINES.length}] || ' (' || (p.seq + 1) || ')',
          x.sent_at, x.read_at
        FROM bench_scale s
        CROSS JOIN generate_series(1, s.messages) AS i
        -- NULLIF: with no thread at all, no message (instead of a division by zero)
        CROSS JOIN LATERAL (
          SELECT (i - 1) % (SELECT NULLIF(count(*), 0) FROM bench_thread) + 1 AS e,
                 (i - 1) / (SELECT NULLIF(count(*), 0) FROM bench_thread) AS seq
        ) p
        JOIN bench_thread t ON t.e = p.e
        CROSS JOIN LATERAL (
          SELECT t.started_at + p.seq * interval '5 hours' + (t.e % 50) * interval '1 minute' AS sent_at
        ) y
        CROSS JOIN LATERAL (
          SELECT y.sent_at,
                 CASE WHEN t.status = 'ACTIVE' AND i % 7 = 0 THEN NULL ELSE y.sent_at + interval '2 hours' END AS read_at
        ) x`,
};

/** Mentorships and their threads. */
export const mentorshipSteps: SeedStep[] = [...planMentorships, insertMentorships, ...planThreads, insertMessages];
