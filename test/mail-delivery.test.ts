import { createLogger } from '../src/app/logger';
import { Role } from '../src/modules/role/role';
import { UserStatus } from '../src/modules/user/user.entity';
import { createUser, manager, type UserWithToken } from './helpers/factories';
import { ASSIGN, BULK, REVOKE } from './helpers/role-operations';
import { startTestServer, type TestServer } from './helpers/server';
import { mailEnv, settled, startSmtp, unsubscribeLink, type SmtpSink } from './helpers/smtp';
import { auditEntries } from './helpers/user-factories';
import { waitFor } from './helpers/wait';

const PREFERENCES = `{ viewer { notificationPreferences { email {
  welcome roleChanged applicationReviewed classCancelled accountStatus profileReminder
} } } }`;
const UPDATE = `mutation ($input: UpdateProfileInput!) {
  updateProfile(input: $input) { user { notificationPreferences { email { roleChanged classCancelled } } } }
}`;
const ALL_ON = {
  welcome: true,
  roleChanged: true,
  applicationReviewed: true,
  classCancelled: true,
  accountStatus: true,
  profileReminder: true,
};

let sink: SmtpSink;
let server: TestServer;
let admin: UserWithToken;
beforeAll(async () => {
  sink = await startSmtp();
  server = await startTestServer(mailEnv(sink));
  admin = await createUser(server, { roles: [Role.ADMIN] });
});
afterAll(async () => {
  await server.close();
  await sink.close();
});

/** Makes the user a mentor from now on (a roleChanged e-mail); returns the window's id. */
const assignMentor = async (user: UserWithToken): Promise<string> =>
  (
    await server
      .client(admin.token)
      .ok<{ assignRole: { userRole: { id: string } } }>(ASSIGN, { input: { userId: user.id, role: 'MENTOR' } })
  ).assignRole.userRole.id;

const emailSettingsOf = async (user: UserWithToken): Promise<Record<string, boolean>> =>
  (
    await server
      .client(user.token)
      .ok<{ viewer: { notificationPreferences: { email: Record<string, boolean> } } }>(PREFERENCES)
  ).viewer.notificationPreferences.email;

describe('notificationPreferences', () => {
  it('reads every kind as on for a new user, and for settings stored before they were typed', async () => {
    const user = await createUser(server);
    expect(await emailSettingsOf(user)).toEqual(ALL_ON);
    await manager(server).query(
      `UPDATE users SET notification_preferences = '{"email": false, "push": true}' WHERE id = $1`,
      [user.user.id],
    );
    expect(Object.values(await emailSettingsOf(user))).toEqual([false, false, false, false, false, false]);
  });

  it('changes only the kinds given; an opted-out user gets no e-mail of that kind', async () => {
    const user = await createUser(server);
    const data = await server.client(user.token).ok<{ updateProfile: { user: unknown } }>(UPDATE, {
      input: { notificationPreferences: { email: { roleChanged: false } } },
    });
    expect(data.updateProfile.user).toEqual({
      notificationPreferences: { email: { roleChanged: false, classCancelled: true } },
    });
    expect(await emailSettingsOf(user)).toEqual({ ...ALL_ON, roleChanged: false });
    await assignMentor(user);
    await settled(server);
    expect(sink.to(user.user.email)).toEqual([]);
  });

  it('refuses a switch that is not a boolean or a kind that does not exist', async () => {
    const user = await createUser(server);
    for (const email of [{ roleChanged: 'no' }, { digest: false }, { welcome: null }]) {
      const res = await server.client(user.token).request(UPDATE, { input: { notificationPreferences: { email } } });
      expect(res.errors?.[0]?.extensions?.code).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
    }
    expect(await emailSettingsOf(user)).toEqual(ALL_ON);
  });
});

describe('the unsubscribe link', () => {
  it('shows a page on GET and changes nothing; the one-click POST turns that kind off, audited', async () => {
    const user = await createUser(server, { language: 'es' });
    const windowId = await assignMentor(user);
    const [message] = await sink.waitFor(user.user.email);
    const link = unsubscribeLink(server, message!);

    const page = await fetch(link);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await page.text()).toContain('¿Dejar de recibir correos sobre cambios de rol?');
    expect((await emailSettingsOf(user)).roleChanged).toBe(true);

    // As a mail client sends it (RFC 8058).
    const post = (): Promise<Response> =>
      fetch(link, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
      });
    const done = await post();
    expect(done.status).toBe(200);
    expect(await done.text()).toContain('ya no recibirás correos sobre cambios de rol');
    expect(await emailSettingsOf(user)).toEqual({ ...ALL_ON, roleChanged: false });
    expect((await post()).status).toBe(200);
    const audit = await auditEntries(server, user.user.id, 'user.mail_unsubscribe');
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorId: user.user.id,
      after: { notificationPreferences: { email: { roleChanged: false } } },
    });

    // The next e-mail of that kind is not sent.
    await server.client(admin.token).ok(REVOKE, { input: { userRoleId: windowId } });
    await settled(server);
    expect(sink.to(user.user.email)).toHaveLength(1);
  });

  it('is refused, with nothing changed, when its token was altered', async () => {
    const user = await createUser(server);
    await assignMentor(user);
    const [message] = await sink.waitFor(user.user.email);
    const link = unsubscribeLink(server, message!);
    const token = link.searchParams.get('token')!;
    link.searchParams.set('token', token.replace('.roleChanged.', '.welcome.'));
    expect((await fetch(link, { method: 'POST' })).status).toBe(400);
    link.searchParams.set('token', `${token.slice(0, -2)}xx`);
    expect((await fetch(link, { method: 'POST' })).status).toBe(400);
    expect((await fetch(link)).status).toBe(400);
    expect(await emailSettingsOf(user)).toEqual(ALL_ON);
  });
});

describe('delivery', () => {
  it('retries through an SMTP outage and delivers the e-mail once when the server is back', async () => {
    const user = await createUser(server);
    await sink.stop();
    try {
      await assignMentor(user);
      const attempts = async (): Promise<number> =>
        Number(
          (
            await manager(server).query(
              `SELECT coalesce(max(attempts), 0)::int AS n FROM outbox WHERE kind = 'mail.send'`,
            )
          )[0].n,
        );
      await waitFor(async () => (await attempts()) >= 2);
    } finally {
      await sink.start();
    }
    await sink.waitFor(user.user.email);
    await settled(server);
    expect(sink.to(user.user.email)).toHaveLength(1);
  });

  it('sends nothing for a write that rolls back', async () => {
    const kept = await createUser(server);
    const deleted = await createUser(server, { status: UserStatus.DELETED });
    // All or nothing: the second user is deleted, so the first one's window (and its e-mail) roll back too.
    const res = await server
      .client(admin.token)
      .request(BULK, { input: { userIds: [kept.id, deleted.id], role: 'MENTOR' } });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'USER_DELETED' });
    await settled(server);
    expect(Number((await manager(server).query(`SELECT count(*)::int AS n FROM outbox`))[0].n)).toBe(0);
    expect(sink.to(kept.user.email)).toEqual([]);
  });

  // What the tests above sent, skipped and failed.
  it('counts e-mails by kind and outcome in /metrics', async () => {
    const text = await (await fetch(`${server.url}/metrics`)).text();
    expect(text).toMatch(/aula_mail_sent_total\{kind="roleChanged",outcome="sent"\} [1-9]/);
    expect(text).toMatch(/aula_mail_sent_total\{kind="roleChanged",outcome="skipped_opt_out"\} [1-9]/);
    expect(text).toMatch(/aula_mail_sent_total\{kind="roleChanged",outcome="failed"\} [1-9]/);
  });
});

describe('without SMTP_URL (development and test)', () => {
  it('writes each e-mail to the log instead, without its body or unsubscribe link, and counts it', async () => {
    const lines: string[] = [];
    const logger = createLogger({ LOG_LEVEL: 'info' }, { write: (line: string) => void lines.push(line) });
    const logging = await startTestServer({ OUTBOX_POLL_MS: '50' }, undefined, logger);
    try {
      const owner = await createUser(logging, { roles: [Role.ADMIN] });
      const user = await createUser(logging);
      await logging.client(owner.token).ok(ASSIGN, { input: { userId: user.id, role: 'MENTOR' } });
      await settled(logging);
      const logged = lines
        .map((l) => JSON.parse(l) as { msg: string; mail?: Record<string, string> })
        .filter((l) => l.mail);
      expect(logged).toEqual([
        expect.objectContaining({
          msg: 'e-mail (not sent: SMTP_URL is not set)',
          mail: { kind: 'roleChanged', to: user.user.email, subject: 'You are now a mentor on Aula', language: 'en' },
        }),
      ]);
      expect(lines.join('\n')).not.toContain('/mail/unsubscribe');
      // Following a link logs the request, with its token (a credential) redacted.
      const token = logging.deps.mail.tokens.sign({ userId: user.user.id, kind: 'roleChanged' });
      expect((await fetch(`${logging.url}/mail/unsubscribe?token=${token}`)).status).toBe(200);
      await waitFor(async () => lines.some((l) => l.includes('/mail/unsubscribe?token=[redacted]')));
      expect(lines.join('\n')).not.toContain(token);
      expect(await (await fetch(`${logging.url}/metrics`)).text()).toContain(
        'aula_mail_sent_total{kind="roleChanged",outcome="logged"} 1',
      );
      expect(sink.to(user.user.email)).toEqual([]);
    } finally {
      await logging.close();
    }
  });
});
