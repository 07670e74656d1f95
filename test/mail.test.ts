import { Role } from '../src/modules/role/role';
import { oauthFlow, startGoogleMock, type GoogleMock } from './helpers/auth-oauth';
import { CANCEL } from './helpers/class-suite';
import { insertClass } from './helpers/class-factories';
import { createUser, type UserWithToken } from './helpers/factories';
import { createApplicationKit } from './helpers/role-applications';
import { ASSIGN, REVOKE } from './helpers/role-operations';
import { startTestServer, type TestServer } from './helpers/server';
import { mailEnv, settled, startSmtp, type Received, type SmtpSink } from './helpers/smtp';
import { DELETE_USER, RESTORE_USER, SET_STATUS } from './helpers/user-admin';

// One e-mail per event, over real SMTP: the server sends through nodemailer to an SMTP server the
// test runs, which parses what arrives.
let sink: SmtpSink;
let google: GoogleMock;
let server: TestServer;
let admin: UserWithToken;
beforeAll(async () => {
  sink = await startSmtp();
  google = await startGoogleMock();
  server = await startTestServer({ ...mailEnv(sink), ...google.env });
  admin = await createUser(server, { roles: [Role.ADMIN], firstName: 'Ada' });
});
afterAll(async () => {
  await server.close();
  await google.close();
  await sink.close();
});

/** The one e-mail `user` received for what just happened: waits for it, then checks no second one comes. */
async function onlyMail(email: string, before = 0): Promise<Received> {
  const all = await sink.waitFor(email, before + 1);
  await settled(server);
  expect(sink.to(email)).toHaveLength(before + 1);
  return all[before]!;
}

/** What every e-mail carries: the recipient, both parts, the language and the one-click unsubscribe headers. */
function expectWellFormed(message: Received, email: string, language: string): void {
  expect(message.to).toEqual([email]);
  expect(message.mail.from?.value).toEqual([{ name: 'Aula', address: 'hello@aula.test' }]);
  expect(message.header('content-language')).toBe(language);
  expect(message.mail.text).toBeTruthy();
  expect(message.mail.html).toContain(`<html lang="${language}">`);
  expect(message.header('list-unsubscribe')).toMatch(/^<http:\/\/localhost:\d+\/mail\/unsubscribe\?token=u1\.[^>]+>$/);
  expect(message.header('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
  expect(message.mail.messageId).toMatch(/^<[0-9a-f-]{36}@aula\.test>$/);
}

describe('welcome e-mail', () => {
  it('is sent once, on the first sign-in through Google, and not on the next sign-in', async () => {
    google.user = { sub: 'g-new', email: 'new.learner@example.test', email_verified: true, given_name: 'Nora' };
    expect((await oauthFlow(server, 'google')).callback.status).toBe(302);
    const message = await onlyMail('new.learner@example.test');
    expectWellFormed(message, 'new.learner@example.test', 'en');
    expect(message.mail.subject).toBe('Welcome to Aula, Nora');
    expect(message.mail.text).toContain('Welcome to Aula!');
    expect(message.mail.text).toContain('/mail/unsubscribe?token=');

    expect((await oauthFlow(server, 'google')).callback.status).toBe(302);
    await settled(server);
    expect(sink.to('new.learner@example.test')).toHaveLength(1);
  });
});

describe('role e-mails', () => {
  it('tells a Spanish-speaking user, in Spanish, that a role was assigned and then revoked', async () => {
    const carla = await createUser(server, { firstName: 'Carla', language: 'es' });
    const assigned = await server.client(admin.token).ok<{ assignRole: { userRole: { id: string } } }>(ASSIGN, {
      input: { userId: carla.id, role: 'MENTOR' },
    });
    const first = await onlyMail(carla.user.email);
    expectWellFormed(first, carla.user.email, 'es');
    expect(first.mail.subject).toBe('Ahora tienes el rol de mentor en Aula');
    expect(first.mail.text).toContain('Hola, Carla User:');

    await server.client(admin.token).ok(REVOKE, { input: { userRoleId: assigned.assignRole.userRole.id } });
    const second = await onlyMail(carla.user.email, 1);
    expect(second.mail.subject).toBe('Tu rol de mentor en Aula ha terminado');
    expect(second.mail.messageId).not.toBe(first.mail.messageId);
  });
});

describe('mentor application e-mail', () => {
  it('tells the applicant their application was approved, with the reviewer’s reason', async () => {
    const kit = await createApplicationKit(server);
    const applicant = await createUser(server, { firstName: 'Pia' });
    const application = await kit.apply(applicant);
    await kit.review(application.id, true, 'Great portfolio');
    const message = await onlyMail(applicant.user.email);
    expectWellFormed(message, applicant.user.email, 'en');
    expect(message.mail.subject).toBe('Your mentor application was approved');
    expect(message.mail.text).toContain('The reviewer wrote: “Great portfolio”');
  });
});

describe('class cancelled e-mail', () => {
  it('goes to each member but the host who cancelled, each in their own language and time zone', async () => {
    const host = await createUser(server, { roles: [Role.MENTOR] });
    const en = await createUser(server, { firstName: 'Eve', timezone: 'America/New_York' });
    const es = await createUser(server, { firstName: 'Inés', language: 'es', timezone: 'Europe/Madrid' });
    const startsAt = new Date('2031-03-04T17:00:00.000Z');
    const { id } = await insertClass(server, {
      hostId: host.user.id,
      participantIds: [en.user.id, es.user.id],
      title: 'Intro to <CSS> & layout',
      startsAt,
    });
    await server.client(host.token).ok(CANCEL, { input: { classId: id, reason: 'Sick today' } });
    const english = await onlyMail(en.user.email);
    expectWellFormed(english, en.user.email, 'en');
    expect(english.mail.subject).toBe('Class cancelled: Intro to <CSS> & layout');
    expect(english.mail.text).toContain('Tuesday, March 4, 2031 at 12:00 PM EST');
    expect(english.mail.text).toContain('Reason: Sick today');
    // What the host typed is text in the HTML part, never markup.
    expect(english.mail.html).toContain('Intro to &lt;CSS&gt; &amp; layout');
    const spanish = await onlyMail(es.user.email);
    expect(spanish.mail.subject).toBe('Clase cancelada: Intro to <CSS> & layout');
    expect(spanish.mail.text).toContain('martes, 4 de marzo de 2031, 18:00 CET');
    expect(sink.to(host.user.email)).toEqual([]);
  });
});

describe('account status e-mails', () => {
  it('tell the user of a suspension, a reactivation, a deletion and a restoration, one e-mail each', async () => {
    const target = await createUser(server, { firstName: 'Sam' });
    const as = server.client(admin.token);
    const subjects = async (): Promise<string[]> => {
      await settled(server);
      return sink.to(target.user.email).map((m) => m.mail.subject ?? '');
    };
    await as.ok(SET_STATUS, { input: { id: target.id, status: 'SUSPENDED', reason: 'spam' } });
    await sink.waitFor(target.user.email, 1);
    // Setting the status the user already has changes nothing, and tells them nothing.
    await as.ok(SET_STATUS, { input: { id: target.id, status: 'SUSPENDED', reason: 'spam again' } });
    expect(await subjects()).toEqual(['Your Aula account has been suspended']);
    await as.ok(SET_STATUS, { input: { id: target.id, status: 'ACTIVE', reason: 'appeal accepted' } });
    await as.ok(DELETE_USER, { input: { id: target.id, reason: 'asked to leave' } });
    await as.ok(RESTORE_USER, { input: { id: target.id } });
    await sink.waitFor(target.user.email, 4);
    expect(await subjects()).toEqual([
      'Your Aula account has been suspended',
      'Your Aula account is active again',
      'Your Aula account has been deleted',
      'Your Aula account has been restored',
    ]);
    // The admin's reason is the admin's note: it is not part of the e-mail.
    expect(sink.to(target.user.email)[0]!.mail.text).not.toContain('spam');
  });
});
