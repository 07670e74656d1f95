import { MAIL_KINDS, readNotificationPreferences, withEmailPreferences } from './mail-preferences';

const all = (on: boolean): Record<string, boolean> => Object.fromEntries(MAIL_KINDS.map((k) => [k, on]));

describe('readNotificationPreferences', () => {
  it('reads every kind as on when nothing is stored (the column default {})', () => {
    expect(readNotificationPreferences({})).toEqual({ email: all(true) });
  });

  it('keeps the early shape readable: a boolean email applies to every kind, other keys are ignored', () => {
    expect(readNotificationPreferences({ email: false, push: true })).toEqual({ email: all(false) });
    expect(readNotificationPreferences({ email: true, push: false })).toEqual({ email: all(true) });
  });

  it('reads the switches stored, a missing or non-boolean one as on', () => {
    const stored = { email: { roleChanged: false, welcome: 'yes', digest: false } };
    expect(readNotificationPreferences(stored)).toEqual({ email: { ...all(true), roleChanged: false } });
    expect(readNotificationPreferences(null)).toEqual({ email: all(true) });
  });
});

describe('withEmailPreferences', () => {
  it('changes only the kinds given and returns every kind', () => {
    const current = readNotificationPreferences({ email: { classCancelled: false } });
    expect(withEmailPreferences(current, { welcome: false })).toEqual({
      email: { ...all(true), classCancelled: false, welcome: false },
    });
  });
});
