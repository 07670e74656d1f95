import type { Client } from 'pg';
import { SetupError } from './args';

export interface BenchUser {
  id: string;
  tokenVersion: number;
}

/** A write slot: one learner and the upcoming class they join and leave, for one connection. */
export interface WriteSlot {
  learner: BenchUser;
  classId: string;
}

export interface Fixtures {
  admin: BenchUser;
  mentor: BenchUser;
  learner: BenchUser;
  /** The bench mentor's ACTIVE mentorships (database ids). */
  mentorThreads: string[];
}

export const SEED_HINT = 'run npm run seed:bench first';

const BENCH_EMAILS = {
  admin: 'bench.admin@example.org',
  mentor: 'bench.mentor@example.org',
  learner: 'bench.learner@example.org',
};

/** The bench users and the mentor's open threads; fails with a hint when the dataset is missing. */
export async function loadFixtures(db: Client): Promise<Fixtures> {
  const { rows } = await db.query<{ id: string; email: string; token_version: number }>(
    `SELECT "id", "email"::text, "token_version" FROM "users" WHERE "email" = ANY($1) AND "status" = 'ACTIVE'`,
    [Object.values(BENCH_EMAILS)],
  );
  const user = (email: string): BenchUser => {
    const row = rows.find((r) => r.email === email);
    if (!row) throw new SetupError(`The dataset has no active user ${email}: ${SEED_HINT}.`);
    return { id: row.id, tokenVersion: row.token_version };
  };
  const mentor = user(BENCH_EMAILS.mentor);
  const threads = await db.query<{ id: string }>(
    `SELECT m."id" FROM "mentorships" m JOIN "users" u ON u."id" = m."mentor_id"
     WHERE m."mentor_id" = $1 AND m."status" = 'ACTIVE' AND NOT u."messaging_disabled" ORDER BY m."id"`,
    [mentor.id],
  );
  return {
    admin: user(BENCH_EMAILS.admin),
    mentor,
    learner: user(BENCH_EMAILS.learner),
    mentorThreads: threads.rows.map((r) => r.id),
  };
}

/**
 * `count` write slots: distinct learners, each paired with an upcoming class they are not in,
 * spread over the classes so that no class is given more slots than it has free seats. Then every
 * connection can join and leave its class in a loop without ever meeting CLASS_FULL or
 * ALREADY_JOINED.
 */
export async function writeSlots(db: Client, count: number): Promise<WriteSlot[]> {
  const classes = await db.query<{ id: string; free: number }>(
    `SELECT "id", "max_participants" - "participant_count" AS free FROM "virtual_classes"
     WHERE "status" = 'SCHEDULED' AND "starts_at" > now() + interval '1 day' AND "participant_count" < "max_participants"
     ORDER BY "starts_at", "id" LIMIT 1000`,
  );
  const learners = await db.query<{ id: string; token_version: number }>(
    `SELECT "id", "token_version" FROM "users"
     WHERE "status" = 'ACTIVE' AND NOT "profile_field_change_disabled" AND "email" LIKE 'bench.user%@example.org'
     ORDER BY "created_at", "id" LIMIT $1`,
    [count * 4 + 100],
  );
  const members = await db.query<{ user_id: string; class_id: string }>(
    `SELECT "user_id", "class_id" FROM "user_activities" WHERE "class_id" = ANY($1)`,
    [classes.rows.map((c) => c.id)],
  );
  const taken = new Set(members.rows.map((m) => `${m.user_id}/${m.class_id}`));
  const seats = new Map(classes.rows.map((c) => [c.id, c.free]));
  const used = new Set<string>();
  const slots: WriteSlot[] = [];
  for (let s = 0; s < count; s++) {
    const free = (id: string): number => seats.get(id) ?? 0;
    const cls = classes.rows.map((_, i) => classes.rows[(s + i) % classes.rows.length]).find((c) => free(c.id) > 0);
    const learner = cls && learners.rows.find((l) => !used.has(l.id) && !taken.has(`${l.id}/${cls.id}`));
    if (!cls || !learner) {
      throw new SetupError(
        `M1 needs ${count} learner/class pairs with a free seat and found ${s}: lower --connections, or ${SEED_HINT} with more --users.`,
      );
    }
    seats.set(cls.id, free(cls.id) - 1);
    used.add(learner.id);
    slots.push({ learner: { id: learner.id, tokenVersion: learner.token_version }, classId: cls.id });
  }
  return slots;
}
