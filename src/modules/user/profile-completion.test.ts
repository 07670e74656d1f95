import { REQUIRED_PROFILE_FIELDS, profileCompletion, type RequiredProfileField } from './profile-completion';
import type { User } from './user.entity';

type Profile = Pick<User, RequiredProfileField>;

const FULL: Profile = {
  firstName: 'Ana',
  lastName: 'López',
  email: 'ana@example.test',
  address: '1 Main Street',
  city: 'Madrid',
  country: 'ES',
  timezone: 'Europe/Madrid',
  educationLevel: 'University',
  learningGoals: 'Become a full-stack developer',
  preferredLearningStyle: 'Hands-on',
};

/** FULL with the first `count` required fields blank (email cannot be null, so blank text for all). */
const missing = (count: number): Profile => ({
  ...FULL,
  ...Object.fromEntries(REQUIRED_PROFILE_FIELDS.slice(0, count).map((f) => [f, ''])),
});

describe('REQUIRED_PROFILE_FIELDS', () => {
  it('lists the ten required fields of SPEC §2, in report order', () => {
    expect(REQUIRED_PROFILE_FIELDS).toEqual(Object.keys(FULL));
  });
});

describe('profileCompletion', () => {
  it('is 100% and complete when every required field is filled', () => {
    expect(profileCompletion(FULL)).toEqual({ percentage: 100, complete: true, missingFields: [] });
  });

  it('is 0% with every field listed as missing for an empty profile', () => {
    expect(profileCompletion(missing(10))).toEqual({
      percentage: 0,
      complete: false,
      missingFields: [...REQUIRED_PROFILE_FIELDS],
    });
  });

  it.each([
    [1, 90],
    [3, 70],
    [7, 30],
    [9, 10],
  ])('with %d of 10 fields missing is %d%%: filled × 100 / 10', (count, percentage) => {
    const result = profileCompletion(missing(count));
    expect(result.percentage).toBe(percentage);
    expect(result.complete).toBe(false);
    expect(result.missingFields).toEqual(REQUIRED_PROFILE_FIELDS.slice(0, count));
  });

  it('counts null, empty and whitespace-only text as not filled', () => {
    const result = profileCompletion({ ...FULL, city: '   ', timezone: '', learningGoals: null });
    expect(result).toEqual({ percentage: 70, complete: false, missingFields: ['city', 'timezone', 'learningGoals'] });
  });

  it('reports missing fields in the required order, not the order they were emptied', () => {
    const result = profileCompletion({ ...FULL, preferredLearningStyle: null, firstName: null });
    expect(result.missingFields).toEqual(['firstName', 'preferredLearningStyle']);
  });
});
