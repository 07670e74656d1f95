/**
 * The dataset's fixed calendar, as SQL literals. Nothing reads the clock, so every run writes the
 * same rows: the past ends at DATASET_NOW, and upcoming classes sit years ahead so that they stay
 * joinable for a long time without reseeding.
 */
export const TIMELINE = {
  /** Users sign up over the year from here; user 1 first. */
  signUpFrom: `TIMESTAMPTZ '2023-01-01 00:00:00+00'`,
  signUpMs: 365 * 24 * 3600 * 1000,
  /** Tasks are written from here on, before the first class. */
  tasksFrom: `TIMESTAMPTZ '2024-01-01 00:00:00+00'`,
  /** Past classes start on quarter hours from here over the next 791 days (to 2026-05-01). */
  classesFrom: `TIMESTAMPTZ '2024-03-01 08:00:00+00'`,
  classQuarterHours: 791 * 96,
  /** Upcoming (SCHEDULED) classes start from here. */
  upcomingFrom: `TIMESTAMPTZ '2030-01-07 16:00:00+00'`,
  /** Mentorships are requested from here over the next 609 days (to 2026-03-01). */
  mentorshipsFrom: `TIMESTAMPTZ '2024-07-01 10:00:00+00'`,
  mentorshipMinutes: 609 * 24 * 60,
  /** A revoked MENTOR window ends here; its re-grant starts within 30 days of regrantFrom. */
  mentorRevokedAt: `TIMESTAMPTZ '2024-03-01 00:00:00+00'`,
  mentorRegrantFrom: `TIMESTAMPTZ '2024-06-01 00:00:00+00'`,
  /** "Now" for the stored data: sign-ins and bookings of upcoming classes happen before it. */
  datasetNow: `TIMESTAMPTZ '2026-06-01 00:00:00+00'`,
} as const;

/** Ten topics that titles, goals and interests are drawn from. */
export const TOPICS = [
  'React',
  'Node.js',
  'Docker',
  'Kotlin',
  'SQL',
  'Machine learning',
  'Web security',
  'AWS',
  'Figma',
  'Product discovery',
];

/** A SQL text[] literal of `values` (which must not contain quotes). */
export function sqlTextArray(values: readonly string[]): string {
  if (values.some((v) => v.includes("'"))) throw new Error('sqlTextArray takes values without quotes');
  return `ARRAY[${values.map((v) => `'${v}'`).join(', ')}]`;
}
