import { KEY, problemsOf, SECRET } from './env-problems';
import { parseEnv } from './env';

describe('parseEnv: e-mail', () => {
  const production = { NODE_ENV: 'production', JWT_SECRET: SECRET, TOKEN_ENCRYPTION_KEY: KEY };

  it('logs e-mail instead of sending it outside production when SMTP_URL is not set', () => {
    const env = parseEnv({ NODE_ENV: 'development' });
    expect(env.SMTP_URL).toBeUndefined();
    expect(env).toMatchObject({
      MAIL_DISABLED: false,
      MAIL_FROM: 'Aula <no-reply@aula.invalid>',
      PROFILE_REMINDER_DAYS: 3,
      PROFILE_REMINDER_SCHEDULE: '0 * * * *',
    });
  });

  it('refuses production without SMTP_URL and MAIL_FROM unless MAIL_DISABLED=true', () => {
    expect(problemsOf(production)).toEqual([
      'SMTP_URL: required in production to send e-mail (or set MAIL_DISABLED=true)',
      'MAIL_FROM: required in production to send e-mail (or set MAIL_DISABLED=true)',
    ]);
    expect(problemsOf({ ...production, SMTP_URL: 'smtps://u:p@mail.example:465' })).toEqual([
      'MAIL_FROM: required in production to send e-mail (or set MAIL_DISABLED=true)',
    ]);
    const sending = { ...production, SMTP_URL: 'smtp://mail.example:587', MAIL_FROM: 'Aula <hello@aula.example>' };
    expect(parseEnv(sending)).toMatchObject({ SMTP_URL: 'smtp://mail.example:587', MAIL_DISABLED: false });
    expect(parseEnv({ ...production, MAIL_DISABLED: 'true' }).MAIL_DISABLED).toBe(true);
  });

  it('refuses a non-SMTP URL, a malformed sender, a reminder delay out of range and a bad schedule', () => {
    expect(
      problemsOf({
        SMTP_URL: 'http://mail.example',
        MAIL_FROM: 'Aula',
        PROFILE_REMINDER_DAYS: '0',
        PROFILE_REMINDER_SCHEDULE: 'every hour',
      }),
    ).toEqual([
      'SMTP_URL: must be an smtp:// or smtps:// URL',
      'MAIL_FROM: must be an e-mail address or Name <address>',
      'PROFILE_REMINDER_DAYS: must be a whole number from 1 to 365',
      'PROFILE_REMINDER_SCHEDULE: must be a cron pattern (e.g. "0 * * * *") or off',
    ]);
    expect(parseEnv({ MAIL_FROM: 'hello@aula.example', PROFILE_REMINDER_SCHEDULE: 'off' })).toMatchObject({
      MAIL_FROM: 'hello@aula.example',
      PROFILE_REMINDER_SCHEDULE: 'off',
    });
    expect(parseEnv({ PROFILE_REMINDER_SCHEDULE: '*/30 * * * * *' }).PROFILE_REMINDER_SCHEDULE).toBe('*/30 * * * * *');
  });
});

describe('parseEnv: Google Calendar', () => {
  const CLIENT = { GOOGLE_CLIENT_ID: 'id', GOOGLE_CLIENT_SECRET: 'secret' };

  it("is off without GOOGLE_CALENDAR_ID, and talks to Google's API root by default", () => {
    const env = parseEnv(CLIENT);
    expect(env.GOOGLE_CALENDAR_ID).toBeUndefined();
    expect(env.GOOGLE_CALENDAR_API_URL).toBe('https://www.googleapis.com/');
  });

  it('reads the calendar id and another API root next to the Google OAuth client', () => {
    expect(
      parseEnv({
        ...CLIENT,
        GOOGLE_CALENDAR_ID: ' team@group.calendar.google.com ',
        GOOGLE_CALENDAR_API_URL: 'http://127.0.0.1:9/',
      }),
    ).toMatchObject({
      GOOGLE_CALENDAR_ID: 'team@group.calendar.google.com',
      GOOGLE_CALENDAR_API_URL: 'http://127.0.0.1:9/',
    });
  });

  it('refuses a calendar without the Google OAuth client, and an API root that is not http(s)', () => {
    expect(problemsOf({ GOOGLE_CALENDAR_ID: 'primary' })).toEqual([
      'GOOGLE_CALENDAR_ID: requires GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET',
    ]);
    expect(problemsOf({ ...CLIENT, GOOGLE_CALENDAR_API_URL: 'ftp://example.test/' })).toEqual([
      'GOOGLE_CALENDAR_API_URL: must be an http(s) URL',
    ]);
  });
});
