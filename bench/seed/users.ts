import { tempTable, type SeedStep } from './step';
import { sqlTextArray, TIMELINE, TOPICS } from './timeline';

// prettier-ignore
const FIRST_NAMES = [
  'Ana', 'Ben', 'Carla', 'David', 'Emma', 'Farid', 'Grace', 'Hugo', 'Ines', 'Jon',
  'Kira', 'Luis', 'Marta', 'Nico', 'Olga', 'Pablo', 'Quim', 'Rosa', 'Sara', 'Tomas',
];
// prettier-ignore
const LAST_NAMES = [
  'Alvarez', 'Bauer', 'Costa', 'Diaz', 'Evans', 'Fischer', 'Garcia', 'Hansen', 'Ivanova', 'Jones',
  'Kowalski', 'Lopez', 'Moreau', 'Novak', 'Ortega', 'Petrov', 'Quintero', 'Rossi', 'Silva', 'Torres',
];
/** City, ISO country and IANA zone, aligned by index. */
const PLACES: Array<[string, string, string]> = [
  ['Madrid', 'ES', 'Europe/Madrid'],
  ['Lisboa', 'PT', 'Europe/Lisbon'],
  ['Ciudad de Mexico', 'MX', 'America/Mexico_City'],
  ['Bogota', 'CO', 'America/Bogota'],
  ['Buenos Aires', 'AR', 'America/Argentina/Buenos_Aires'],
  ['Santiago', 'CL', 'America/Santiago'],
  ['Lima', 'PE', 'America/Lima'],
  ['Berlin', 'DE', 'Europe/Berlin'],
  ['London', 'GB', 'Europe/London'],
  ['New York', 'US', 'America/New_York'],
];

const pick = (values: readonly string[], index: string): string => `(${sqlTextArray(values)})[1 + ${index}]`;
const place = (part: 0 | 1 | 2): string =>
  pick(
    PLACES.map((p) => p[part]),
    'u.n % 10',
  );
const [CITY, COUNTRY, ZONE] = [place(0), place(1), place(2)];

/**
 * Users 1..N. User 1 is the bench admin, 2 the bench mentor, 3 the bench learner; even users are
 * mentors. `filled` is how many of the ten required profile fields a user has (always the first ones
 * in the list of profile-completion.ts), so the stored percentage is filled × 10.
 */
const planUsers = tempTable(
  'bench_user',
  'n',
  `SELECT n,
          pg_temp.bench_id('user:' || n) AS id,
          ${TIMELINE.signUpFrom} + ((n - 1)::bigint * ${TIMELINE.signUpMs} / s.users) * interval '1 millisecond' AS signed_up,
          CASE WHEN n <= 3 THEN 10 ELSE 3 + n % 8 END AS filled,
          n % 2 = 0 AS mentor,
          n % 20 = 0 AND n <> 2 AS mentor_revoked,
          n = 1 OR n % 2500 = 5 AS admin
   FROM bench_scale s, generate_series(1, s.users) AS n`,
);

const insertUsers: SeedStep = {
  label: 'users',
  sql: `INSERT INTO "users" ("id", "created_at", "updated_at", "email", "email_verified", "first_name", "last_name",
          "bio", "address", "city", "country", "timezone", "language", "english_level", "newsletter",
          "education_level", "learning_goals", "preferred_learning_style", "current_role", "experience_level",
          "interests", "status", "profile_complete", "profile_completion_percentage", "last_sign_in_at", "revision",
          "total_classes")
        SELECT u.id, u.signed_up, greatest(u.signed_up, t.last_completed),
          CASE u.n WHEN 1 THEN 'bench.admin@example.org' WHEN 2 THEN 'bench.mentor@example.org'
                   WHEN 3 THEN 'bench.learner@example.org' ELSE 'bench.user' || u.n || '@example.org' END,
          true,
          CASE WHEN u.n <= 3 THEN 'Bench' ELSE ${pick(FIRST_NAMES, 'u.n % 20')} END,
          CASE u.n WHEN 1 THEN 'Admin' WHEN 2 THEN 'Mentor' WHEN 3 THEN 'Learner'
                   ELSE ${pick(LAST_NAMES, '(u.n / 20) % 20')} END,
          CASE WHEN u.n % 3 = 0 THEN 'Learning in public; ' || x.topic || ' is next.' END,
          CASE WHEN u.filled >= 4 THEN 'Calle Mayor ' || (1 + u.n % 200) END,
          CASE WHEN u.filled >= 5 THEN ${CITY} END,
          CASE WHEN u.filled >= 6 THEN ${COUNTRY} END,
          CASE WHEN u.filled >= 7 THEN ${ZONE} END,
          CASE WHEN u.n % 4 = 0 THEN 'es' ELSE 'en' END,
          (ARRAY[NULL, 'INICIAL', 'BASICO', 'INTERMEDIO', 'AVANZADO'])[1 + u.n % 5],
          u.n % 2 = 0,
          CASE WHEN u.filled >= 8 THEN ${pick(['Secondary school', 'Bachelor', 'Master', 'Bootcamp'], 'u.n % 4')} END,
          CASE WHEN u.filled >= 9 THEN 'Get confident with ' || x.topic END,
          CASE WHEN u.filled >= 10 THEN ${pick(['Visual', 'Hands-on', 'Reading', 'Listening'], 'u.n % 4')} END,
          CASE WHEN u.mentor THEN 'Software engineer' END,
          ${pick(['Junior', 'Mid', 'Senior'], 'u.n % 3')},
          ARRAY[x.topic, ${pick(['Open source', 'Career change', 'Side projects'], 'u.n % 3')}],
          CASE WHEN u.n > 3 AND u.n % 997 = 0 THEN 'SUSPENDED' ELSE 'ACTIVE' END,
          u.filled = 10,
          u.filled * 10,
          ${TIMELINE.datasetNow} - (1 + u.n % 90) * interval '1 day' + (u.n % 24) * interval '1 hour',
          -- one write per profile field filled after sign-up, and one per completed class
          1 + (u.filled - 3) + coalesce(t.classes, 0),
          coalesce(t.classes, 0)
        FROM bench_user u
        LEFT JOIN bench_total t ON t.user_n = u.n
        CROSS JOIN LATERAL (SELECT ${pick(TOPICS, 'u.n % 10')} AS topic) x`,
};

/**
 * Role windows: LEARNER for everyone from sign-up; MENTOR for even users from 30 days after it, one
 * in twenty of them revoked on a fixed date and granted again three months later (same-role windows
 * never overlap); ADMIN for user 1 and a few others.
 */
const insertRoles: SeedStep = {
  label: 'user_roles',
  sql: `INSERT INTO "user_roles" ("id", "created_at", "updated_at", "user_id", "role", "effective_start_date",
          "effective_end_date", "is_active", "assigned_by_id", "reason")
        SELECT pg_temp.bench_id('role:' || w.label || ':' || u.n), w.starts, coalesce(w.ends, w.starts), u.id, w.role,
          w.starts, w.ends, true, w.by_id, w.reason
        FROM bench_user u
        CROSS JOIN LATERAL (
          SELECT 'learner' AS label, 'LEARNER' AS role, u.signed_up AS starts, NULL::timestamptz AS ends,
                 NULL::uuid AS by_id, NULL::text AS reason
          UNION ALL
          SELECT 'admin', 'ADMIN', u.signed_up, NULL, NULL, NULL WHERE u.admin
          UNION ALL
          SELECT 'mentor', 'MENTOR', u.signed_up + interval '30 days',
                 CASE WHEN u.mentor_revoked THEN ${TIMELINE.mentorRevokedAt} END,
                 pg_temp.bench_id('user:1'), 'Approved after a trial class'
          WHERE u.mentor
          UNION ALL
          SELECT 'mentor-again', 'MENTOR', ${TIMELINE.mentorRegrantFrom} + (u.n % 30) * interval '1 day', NULL,
                 pg_temp.bench_id('user:1'), 'Back from a break'
          WHERE u.mentor_revoked
        ) w`,
};

const planSkills = tempTable(
  'bench_skill',
  'i',
  `SELECT (row_number() OVER (ORDER BY "slug") - 1)::int AS i, "id" FROM "skills"`,
);

/** Mentors teach two or three skills; other users want to learn one or two. */
const insertSkills: SeedStep[] = [
  {
    label: 'user_mentor_skills',
    sql: `INSERT INTO "user_mentor_skills" ("user_id", "skill_id")
          SELECT DISTINCT u.id, k.id
          FROM bench_user u
          CROSS JOIN LATERAL unnest(CASE WHEN u.n % 6 = 0 THEN ARRAY[0, 3, 7] ELSE ARRAY[0, 3] END) AS o(step)
          JOIN bench_skill k ON k.i = (u.n / 2 + o.step) % (SELECT count(*) FROM bench_skill)
          WHERE u.mentor`,
  },
  {
    label: 'user_mentee_skills',
    sql: `INSERT INTO "user_mentee_skills" ("user_id", "skill_id")
          SELECT DISTINCT u.id, k.id
          FROM bench_user u
          CROSS JOIN LATERAL unnest(CASE WHEN u.n % 3 = 0 THEN ARRAY[0, 5] ELSE ARRAY[0] END) AS o(step)
          JOIN bench_skill k ON k.i = (u.n + o.step) % (SELECT count(*) FROM bench_skill)
          WHERE NOT u.mentor`,
  },
];

/** The user plan, which the class plan draws hosts and members from. */
export const userPlanSteps: SeedStep[] = planUsers;

/** Users (with totalClasses from the class plan), their roles and skills. */
export const userSteps: SeedStep[] = [insertUsers, insertRoles, ...planSkills, ...insertSkills];
