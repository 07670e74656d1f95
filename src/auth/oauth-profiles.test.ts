import type { Profile } from 'passport';
import { AuthProvider } from '../modules/user/account.entity';
import { githubSignInProfile, googleSignInProfile, isRefusal } from './oauth-profiles';

/** What a provider sends for one address; passport's type knows only `value` and `type`. */
interface ProviderEmail {
  value: string;
  verified?: boolean | string;
  primary?: boolean;
}

function profile(provider: string, emails: ProviderEmail[], fields: Partial<Profile> = {}): Profile {
  return { provider, id: `${provider}-123`, displayName: '', emails, ...fields };
}

const googleProfile = (emails: ProviderEmail[], fields: Partial<Profile> = {}): Profile =>
  profile('google', emails, {
    displayName: 'Ana López',
    name: { givenName: 'Ana', familyName: 'López' },
    photos: [{ value: 'https://lh3.example.test/ana.jpg' }],
    ...fields,
  });

describe('googleSignInProfile', () => {
  it('maps a verified Google profile to a sign-in profile', () => {
    expect(googleSignInProfile(googleProfile([{ value: 'ana@example.test', verified: true }]), 'refresh-1')).toEqual({
      email: 'ana@example.test',
      provider: AuthProvider.GOOGLE,
      providerAccountId: 'google-123',
      firstName: 'Ana',
      lastName: 'López',
      avatarUrl: 'https://lh3.example.test/ana.jpg',
      refreshToken: 'refresh-1',
    });
  });

  it("accepts `verified: 'true'` as a string too", () => {
    const result = googleSignInProfile(googleProfile([{ value: 'ana@example.test', verified: 'true' }]), undefined);
    expect(isRefusal(result)).toBe(false);
  });

  it('refuses an unverified email with email_not_verified', () => {
    for (const verified of [false, 'false', undefined]) {
      const result = googleSignInProfile(googleProfile([{ value: 'ana@example.test', verified }]), undefined);
      expect(result).toEqual({
        code: 'email_not_verified',
        message: 'Your Google email address is not verified.',
      });
    }
  });

  it('refuses a profile without an email, or with a blank one, with email_missing', () => {
    for (const emails of [[], [{ value: '   ', verified: true }]]) {
      expect(googleSignInProfile(googleProfile(emails), undefined)).toEqual({
        code: 'email_missing',
        message: 'Your Google account did not share an email address.',
      });
    }
  });

  it('uses the first email only', () => {
    const emails = [
      { value: 'first@example.test', verified: false },
      { value: 'second@example.test', verified: true },
    ];
    expect(googleSignInProfile(googleProfile(emails), undefined)).toMatchObject({ code: 'email_not_verified' });
  });

  it('trims the email, the names and the refresh token, and reads blank ones as null', () => {
    const result = googleSignInProfile(
      googleProfile([{ value: '  ana@example.test ', verified: true }], {
        name: { givenName: ' Ana ', familyName: '  ' },
        photos: [],
      }),
      '  ',
    );
    expect(result).toMatchObject({
      email: 'ana@example.test',
      firstName: 'Ana',
      lastName: null,
      avatarUrl: null,
      refreshToken: null,
    });
  });

  it('cuts names to 100 characters and drops photo URLs longer than 2048', () => {
    const result = googleSignInProfile(
      googleProfile([{ value: 'ana@example.test', verified: true }], {
        name: { givenName: 'A'.repeat(150), familyName: 'L' },
        photos: [{ value: `https://example.test/${'p'.repeat(2048)}` }],
      }),
      undefined,
    );
    expect(result).toMatchObject({ firstName: 'A'.repeat(100), lastName: 'L', avatarUrl: null });
  });
});

describe('githubSignInProfile', () => {
  const github = (emails: ProviderEmail[], displayName = 'Ada Lovelace King'): Profile =>
    profile('github', emails, { displayName, photos: [{ value: 'https://avatars.example.test/ada' }] });

  it('maps the verified primary email and splits the display name into first and last name', () => {
    const emails = [
      { value: 'old@example.test', verified: true, primary: false },
      { value: 'ada@example.test', verified: true, primary: true },
    ];
    expect(githubSignInProfile(github(emails))).toEqual({
      email: 'ada@example.test',
      provider: AuthProvider.GITHUB,
      providerAccountId: 'github-123',
      firstName: 'Ada',
      lastName: 'Lovelace King',
      avatarUrl: 'https://avatars.example.test/ada',
    });
  });

  it('refuses an unverified primary email even when another address is verified', () => {
    const emails = [
      { value: 'ada@example.test', verified: false, primary: true },
      { value: 'other@example.test', verified: true, primary: false },
    ];
    expect(githubSignInProfile(github(emails))).toEqual({
      code: 'email_not_verified',
      message: 'Your primary GitHub email address is not verified; verify it on GitHub and sign in again.',
    });
  });

  it('refuses a profile with no primary email with email_missing', () => {
    const refusal = {
      code: 'email_missing',
      message: 'Your GitHub account has no primary email address.',
    };
    expect(githubSignInProfile(github([{ value: 'ada@example.test', verified: true }]))).toEqual(refusal);
    expect(githubSignInProfile(profile('github', [], {}))).toEqual(refusal);
    expect(githubSignInProfile({ provider: 'github', id: '1', displayName: 'Ada' })).toEqual(refusal);
  });

  it('reads a one-word display name as a first name only, and a blank one as no name', () => {
    const emails = [{ value: 'ada@example.test', verified: true, primary: true }];
    expect(githubSignInProfile(github(emails, 'Ada'))).toMatchObject({ firstName: 'Ada', lastName: null });
    expect(githubSignInProfile(github(emails, '   '))).toMatchObject({ firstName: null, lastName: null });
  });

  it('never carries a refresh token', () => {
    const result = githubSignInProfile(github([{ value: 'ada@example.test', verified: true, primary: true }]));
    expect(result).not.toHaveProperty('refreshToken');
  });
});

describe('isRefusal', () => {
  it('tells a refusal from a sign-in profile', () => {
    expect(isRefusal({ code: 'email_missing', message: 'no' })).toBe(true);
    expect(isRefusal({ email: 'a@example.test', provider: AuthProvider.GITHUB })).toBe(false);
  });
});
