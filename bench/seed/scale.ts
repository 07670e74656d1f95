/** How many rows of each kind the bench dataset has; everything but the users follows from --users. */
export interface SeedScale {
  users: number;
  tasks: number;
  classes: number;
  mentorships: number;
  /** Mentorships in which the bench mentor (user 2) is the mentor. */
  benchMentorships: number;
  messages: number;
  /** At most this many earned badges (each one backed by what its user did). */
  badges: number;
}

export const MIN_USERS = 100;
export const MAX_USERS = 1_000_000;

/** The proportions of the reference dataset, per 10,000 users. */
const PER_10K = { tasks: 200, classes: 2000, mentorships: 5000, messages: 100_000, badges: 20_000 };

/** The dataset's counts for `users` users (the reference proportions, rounded, at least one of each). */
export function scaleFor(users: number): SeedScale {
  const scaled = (per10k: number): number => Math.max(1, Math.round((per10k * users) / 10_000));
  const mentorships = scaled(PER_10K.mentorships);
  return {
    users,
    tasks: scaled(PER_10K.tasks),
    classes: scaled(PER_10K.classes),
    mentorships,
    // ~30 as in a busy mentor's inbox, but never most of a small dataset.
    benchMentorships: Math.min(30, Math.floor(mentorships / 4)),
    messages: scaled(PER_10K.messages),
    badges: scaled(PER_10K.badges),
  };
}
