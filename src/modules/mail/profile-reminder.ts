import { Cron } from 'croner';
import type { EntityManager } from 'typeorm';
import type { AppDeps } from '../../app/deps';
import { execute } from '../../app/runner';
import { systemCaller, type Caller } from '../../auth/actor';
import { done, type Outcome } from '../../common/outcome';
import { notices } from '../notification/notification.payloads';
import { notify } from '../notification/notification.service';
import { mail } from './mail.requests';

/** Users reminded per transaction. */
const BATCH = 200;
const DAY_MS = 86_400_000;

export interface RemindCommand {
  /** Remind users who signed up at least this many days ago. */
  days: number;
  batch: number;
}

/**
 * Reminds up to `batch` users who signed up `days` or more days ago and have neither completed nor
 * skipped their profile, once each: a PROFILE_REMINDER notification and the profileReminder
 * e-mail. The `profile_reminders` primary key decides who is reminded: a concurrent run (another
 * instance) waits on the rows this one inserts and then skips them (ON CONFLICT DO NOTHING), so
 * nobody is reminded twice. Returns how many were reminded.
 */
export async function remindIncompleteProfiles(
  tx: EntityManager,
  caller: Caller,
  { days, batch }: RemindCommand,
): Promise<Outcome<number>> {
  const signedUpBy = new Date(caller.now.getTime() - days * DAY_MS);
  const rows: Array<{ id: string; percentage: number }> = await tx.query(
    `WITH reminded AS (
       INSERT INTO "profile_reminders" ("user_id", "reminded_at")
       SELECT u."id", $1 FROM "users" u
       WHERE u."status" = 'ACTIVE' AND NOT u."profile_complete" AND NOT u."profile_skipped"
         AND u."created_at" <= $2
         AND NOT EXISTS (SELECT 1 FROM "profile_reminders" r WHERE r."user_id" = u."id")
       ORDER BY u."created_at", u."id"
       LIMIT $3
       ON CONFLICT ("user_id") DO NOTHING
       RETURNING "user_id"
     )
     SELECT u."id", u."profile_completion_percentage" AS "percentage"
     FROM "users" u JOIN reminded ON reminded."user_id" = u."id" ORDER BY u."id"`,
    [caller.now, signedUpBy, batch],
  );
  for (const { id, percentage } of rows) {
    await notify(tx, id, notices.profileReminder({ profileCompletionPercentage: percentage }));
  }
  // Returned, so the batch's e-mails are written to the outbox in one statement.
  return done(
    rows.length,
    rows.map(({ id, percentage }) => mail('profileReminder', id, { profileCompletionPercentage: percentage })),
  );
}

/** Runs the reminder until nobody is left to remind (one transaction per batch); returns how many were reminded. */
export async function remindProfiles(deps: AppDeps): Promise<number> {
  let total = 0;
  for (;;) {
    const command = { days: deps.env.PROFILE_REMINDER_DAYS, batch: BATCH };
    const reminded = await execute(
      deps,
      systemCaller(deps.clock(), 'profile-reminder'),
      remindIncompleteProfiles,
      command,
    );
    total += reminded;
    if (reminded < BATCH) return total;
  }
}

/** A started schedule; `stop` waits for a run in progress. */
export interface Schedule {
  stop(): Promise<void>;
}

/**
 * Runs the reminder on PROFILE_REMINDER_SCHEDULE (a cron pattern, croner) on every instance; the
 * database decides who is reminded, so instances need no coordination. `off` runs nothing.
 */
export function scheduleProfileReminders(deps: AppDeps): Schedule {
  const pattern = deps.env.PROFILE_REMINDER_SCHEDULE;
  if (pattern === 'off') return { stop: async () => undefined };
  let running: Promise<void> | null = null;
  const job = new Cron(pattern, { protect: true, unref: true }, () => {
    running = remindProfiles(deps)
      .then((n) => {
        if (n > 0) deps.logger.info({ reminded: n }, 'profile reminders sent');
      })
      .catch((err: unknown) => deps.logger.warn({ err }, 'profile reminder run failed; the next run tries again'))
      .finally(() => {
        running = null;
      });
    return running;
  });
  return {
    stop: async () => {
      job.stop();
      await running;
    },
  };
}
