import { remindProfiles } from '../src/modules/mail/profile-reminder';
import { UserStatus } from '../src/modules/user/user.entity';
import { realPostgres } from './helpers/database';
import { createUser, manager, type UserWithToken } from './helpers/factories';
import { startTestServer, type TestServer } from './helpers/server';
import { mailEnv, settled, startSmtp, type SmtpSink } from './helpers/smtp';

const pgIt = realPostgres() ? it : it.skip;
const DAY = 86_400_000;

let sink: SmtpSink;
beforeAll(async () => {
  sink = await startSmtp();
});
afterAll(() => sink.close());

/** A user who signed up `days` ago; incomplete profile unless `fields` say otherwise. */
async function signedUp(
  server: TestServer,
  days: number,
  fields: Parameters<typeof createUser>[1] = {},
): Promise<UserWithToken> {
  const user = await createUser(server, fields);
  const createdAt = new Date(server.deps.clock().getTime() - days * DAY);
  await manager(server).query(`UPDATE users SET created_at = $2 WHERE id = $1`, [user.user.id, createdAt]);
  return user;
}

const reminderNotices = async (server: TestServer, user: UserWithToken): Promise<number> =>
  Number(
    (
      await manager(server).query(
        `SELECT count(*)::int AS n FROM notifications WHERE recipient_id = $1 AND kind = 'PROFILE_REMINDER'`,
        [user.user.id],
      )
    )[0].n,
  );

describe('the profile-completion reminder', () => {
  it('reminds, once, the users who neither completed nor skipped their profile PROFILE_REMINDER_DAYS after sign-up', async () => {
    const server = await startTestServer({ ...mailEnv(sink), PROFILE_REMINDER_DAYS: '3' });
    try {
      const due = await signedUp(server, 4, { profileCompletionPercentage: 30 });
      const dueEs = await signedUp(server, 10, { language: 'es', profileCompletionPercentage: 40 });
      const recent = await signedUp(server, 2);
      const skipped = await signedUp(server, 5, { profileSkipped: true });
      const complete = await signedUp(server, 5, { profileComplete: true, profileCompletionPercentage: 100 });
      const suspended = await signedUp(server, 5, { status: UserStatus.SUSPENDED });

      expect(await remindProfiles(server.deps)).toBe(2);
      const [english] = await sink.waitFor(due.user.email);
      expect(english!.mail.subject).toBe('Complete your Aula profile');
      expect(english!.mail.text).toContain('Your profile is 30% complete.');
      const [spanish] = await sink.waitFor(dueEs.user.email);
      expect(spanish!.mail.subject).toBe('Completa tu perfil de Aula');
      expect(spanish!.mail.text).toContain('Tu perfil está completo al 40 %.');
      expect(await reminderNotices(server, due)).toBe(1);

      // Run again (the next scheduled run, or a restart): nobody is reminded twice.
      expect(await remindProfiles(server.deps)).toBe(0);
      await settled(server);
      for (const user of [due, dueEs]) expect(sink.to(user.user.email)).toHaveLength(1);
      for (const user of [recent, skipped, complete, suspended]) expect(sink.to(user.user.email)).toEqual([]);
      expect(await reminderNotices(server, due)).toBe(1);

      // Once the delay has passed for the recent user, they are reminded in turn.
      server.advanceClock(1.5 * DAY);
      expect(await remindProfiles(server.deps)).toBe(1);
      await sink.waitFor(recent.user.email);
    } finally {
      await server.close();
    }
  });

  it('respects the opt-out: the reminder is recorded (and shown in the app) but no e-mail is sent', async () => {
    const server = await startTestServer(mailEnv(sink));
    try {
      const user = await signedUp(server, 7);
      await manager(server).query(
        `UPDATE users SET notification_preferences = '{"email": {"profileReminder": false}}' WHERE id = $1`,
        [user.user.id],
      );
      expect(await remindProfiles(server.deps)).toBe(1);
      await settled(server);
      expect(await reminderNotices(server, user)).toBe(1);
      expect(sink.to(user.user.email)).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it('runs on PROFILE_REMINDER_SCHEDULE, sending each reminder once however often it runs', async () => {
    const server = await startTestServer({ ...mailEnv(sink), PROFILE_REMINDER_SCHEDULE: '* * * * * *' });
    try {
      const user = await signedUp(server, 30);
      await sink.waitFor(user.user.email);
      // At least two more runs of the every-second schedule.
      await new Promise((resolve) => setTimeout(resolve, 2200));
      await settled(server);
      expect(sink.to(user.user.email)).toHaveLength(1);
    } finally {
      await server.close();
    }
  });

  pgIt(
    'reminds each user once when two instances run it at the same moment (needs real PostgreSQL: PGlite has one connection, so nothing runs concurrently)',
    async () => {
      const first = await startTestServer(mailEnv(sink));
      const second = await startTestServer(mailEnv(sink), first.db);
      try {
        const users = await Promise.all(Array.from({ length: 12 }, () => signedUp(first, 5)));
        const counts = await Promise.all([remindProfiles(first.deps), remindProfiles(second.deps)]);
        expect(counts[0] + counts[1]).toBe(users.length);
        for (const user of users) await sink.waitFor(user.user.email);
        await settled(first);
        for (const user of users) {
          expect(sink.to(user.user.email)).toHaveLength(1);
          expect(await reminderNotices(first, user)).toBe(1);
        }
      } finally {
        await second.server.stop();
        await first.close();
      }
    },
  );
});
