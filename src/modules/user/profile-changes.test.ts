import { errorOf } from '../../../test/helpers/errors';
import { toGlobalId } from '../../common/global-id';
import { checkRevision, readProfileInput, refuseNulls } from './profile-changes';
import { EnglishLevel, User } from './user.entity';
import type { ProfileFieldsInput } from './user.inputs';

const SKILL = '0b6f3a52-8f0e-4f7c-9d0a-6a1e2b3c4d5e';
const OTHER_SKILL = '7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f';

const fieldsOf = (input: ProfileFieldsInput): unknown => {
  const error = errorOf(() => readProfileInput(input));
  expect(error.extensions.code).toBe('BAD_USER_INPUT');
  return error.extensions.fields;
};

describe('readProfileInput', () => {
  it('leaves out every field the input leaves out', () => {
    expect(readProfileInput({})).toEqual({ patch: {}, mentorSkillIds: undefined, menteeSkillIds: undefined });
  });

  it('trims text fields and stores blank or null text as null (not filled)', () => {
    const { patch } = readProfileInput({ firstName: '  Ana ', bio: '   ', city: null, learningGoals: 'Ship\n' });
    expect(patch).toEqual({ firstName: 'Ana', bio: null, city: null, learningGoals: 'Ship' });
  });

  it('upper-cases the country and keeps a null country as null', () => {
    expect(readProfileInput({ country: 'es' }).patch).toEqual({ country: 'ES' });
    expect(readProfileInput({ country: null }).patch).toEqual({ country: null });
  });

  it('passes language, englishLevel and newsletter through, and keeps the e-mail switches given apart', () => {
    const change = readProfileInput({
      language: 'es',
      englishLevel: EnglishLevel.AVANZADO,
      newsletter: false,
      notificationPreferences: { email: { roleChanged: false, welcome: true } },
    });
    expect(change.patch).toEqual({ language: 'es', englishLevel: EnglishLevel.AVANZADO, newsletter: false });
    // Merged into the stored settings under the row lock (writeProfile), so only the kinds given.
    expect(change.emailPreferences).toEqual({ roleChanged: false, welcome: true });
  });

  it('trims interests, drops blank ones and keeps the first of each duplicate', () => {
    expect(readProfileInput({ interests: [' chess', 'go', '', '  ', 'chess ', 'go'] }).patch).toEqual({
      interests: ['chess', 'go'],
    });
  });

  it('keeps only weekday, start and end of each availability slot', () => {
    const slot = Object.assign({ weekday: 1, start: '09:00', end: '10:30' }, { note: 'extra' });
    expect(readProfileInput({ availability: [slot] }).patch).toEqual({
      availability: [{ weekday: 1, start: '09:00', end: '10:30' }],
    });
  });
});

describe('readProfileInput: phone', () => {
  it('stores an E.164 number without its separators', () => {
    expect(readProfileInput({ phone: ' +34 (600) 111-222 ' }).patch).toEqual({ phone: '+34600111222' });
  });

  it('clears the phone with null or blank text', () => {
    expect(readProfileInput({ phone: null }).patch).toEqual({ phone: null });
    expect(readProfileInput({ phone: '  ' }).patch).toEqual({ phone: null });
  });

  it.each(['600111222', '+0600111222', '+12345', '+3460011122233344', '+34 600 ABC'])(
    'refuses %s as not E.164',
    (phone) => {
      expect(fieldsOf({ phone })).toEqual({ phone: 'must be an E.164 number, e.g. +34600111222' });
    },
  );
});

describe('readProfileInput: avatarUrl', () => {
  it('stores the normalised href of an http(s) URL, given as a URL or as text', () => {
    expect(readProfileInput({ avatarUrl: new URL('https://Example.com/a b.png') }).patch).toEqual({
      avatarUrl: 'https://example.com/a%20b.png',
    });
    expect(readProfileInput({ avatarUrl: 'http://example.com' }).patch).toEqual({ avatarUrl: 'http://example.com/' });
  });

  it('clears the avatar with null', () => {
    expect(readProfileInput({ avatarUrl: null }).patch).toEqual({ avatarUrl: null });
  });

  it.each(['javascript:alert(1)', 'data:image/png;base64,AAAA', 'ftp://example.com/a.png'])(
    'refuses %s: avatars end up in <img src>',
    (avatarUrl) => {
      expect(fieldsOf({ avatarUrl })).toEqual({ avatarUrl: 'must be an http(s) URL' });
    },
  );

  it('refuses a URL longer than 2048 characters', () => {
    const avatarUrl = `https://example.com/${'a'.repeat(2048)}`;
    expect(fieldsOf({ avatarUrl })).toEqual({ avatarUrl: 'must be at most 2048 characters' });
  });
});

describe('readProfileInput: refusals', () => {
  it('reports every bad field at once, as "Invalid input"', () => {
    const input = { phone: '12', avatarUrl: 'javascript:void 0', firstName: 'Ana' };
    expect(errorOf(() => readProfileInput(input)).message).toBe('Invalid input');
    expect(fieldsOf(input)).toEqual({
      phone: 'must be an E.164 number, e.g. +34600111222',
      avatarUrl: 'must be an http(s) URL',
    });
  });

  it('refuses explicit nulls on the fields that cannot be cleared', () => {
    const nulls = { language: null, newsletter: null, interests: null, availability: null };
    const input = { ...nulls, notificationPreferences: null, mentorSkillIds: null, menteeSkillIds: null };
    // The GraphQL input admits null for these though the TypeScript input type does not.
    expect(fieldsOf(input as unknown as ProfileFieldsInput)).toEqual({
      language: 'cannot be null',
      newsletter: 'cannot be null',
      interests: 'cannot be null',
      availability: 'cannot be null',
      notificationPreferences: 'cannot be null',
      mentorSkillIds: 'cannot be null',
      menteeSkillIds: 'cannot be null',
    });
  });

  it('refuses a null e-mail settings object and null switches, naming each', () => {
    const email = { notificationPreferences: { email: null } };
    expect(fieldsOf(email as unknown as ProfileFieldsInput)).toEqual({
      'notificationPreferences.email': 'cannot be null',
    });
    const switches = { notificationPreferences: { email: { welcome: null, classCancelled: false } } };
    expect(fieldsOf(switches as unknown as ProfileFieldsInput)).toEqual({
      'notificationPreferences.email.welcome': 'cannot be null',
    });
  });
});

describe('readProfileInput: skill lists', () => {
  it('decodes Skill global ids into database ids, keeping an empty list as a clear', () => {
    const change = readProfileInput({
      mentorSkillIds: [toGlobalId('Skill', SKILL), toGlobalId('Skill', OTHER_SKILL)],
      menteeSkillIds: [],
    });
    expect(change).toEqual({ patch: {}, mentorSkillIds: [SKILL, OTHER_SKILL], menteeSkillIds: [] });
  });

  it('refuses an id of another type on the list that holds it', () => {
    expect(fieldsOf({ menteeSkillIds: [toGlobalId('User', SKILL)] })).toEqual({
      menteeSkillIds: 'is not a Skill id',
    });
    expect(fieldsOf({ mentorSkillIds: ['garbage'] })).toEqual({ mentorSkillIds: 'is not a valid id' });
  });
});

describe('refuseNulls', () => {
  it('accepts absent and non-null values', () => {
    expect(() => refuseNulls({ a: 1, b: undefined }, ['a', 'b'])).not.toThrow();
  });

  it('names each listed key holding null, and only those', () => {
    const input: { a: number | null; b: string | null; c: null } = { a: null, b: 'x', c: null };
    const error = errorOf(() => refuseNulls(input, ['a', 'b']));
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.extensions.fields).toEqual({ a: 'cannot be null' });
  });
});

describe('checkRevision', () => {
  const user = Object.assign(new User(), { revision: 4 });

  it('accepts the current revision, or none at all', () => {
    expect(() => checkRevision(user, 4)).not.toThrow();
    expect(() => checkRevision(user, null)).not.toThrow();
    expect(() => checkRevision(user, undefined)).not.toThrow();
  });

  it('refuses an older revision as CONFLICT, saying both revisions', () => {
    const error = errorOf(() => checkRevision(user, 3));
    expect(error.extensions.code).toBe('CONFLICT');
    expect(error.message).toContain('since revision 3 (now 4)');
  });
});
