import type { Profile } from 'passport';
import { AuthProvider } from '../modules/user/account.entity';
import type { SignInProfile } from './sign-in.service';

/** Why a provider profile cannot sign in; surfaced to the browser as a 403. */
export interface ProfileRefusal {
  code: 'email_not_verified' | 'email_missing';
  message: string;
}

interface ProviderEmail {
  value?: unknown;
  verified?: unknown;
  primary?: unknown;
}

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);
/** Provider names go into varchar(100) columns; a longer one is cut rather than failing the sign-in. */
const name = (v: unknown): string | null => text(v)?.slice(0, 100) ?? null;

function photo(profile: Profile): string | null {
  const url = text(profile.photos?.[0]?.value);
  return url && url.length <= 2048 ? url : null;
}

/** Google's OpenID profile: the email must be present and `email_verified`. */
export function googleSignInProfile(
  profile: Profile,
  refreshToken: string | undefined,
): SignInProfile | ProfileRefusal {
  const entry = profile.emails?.[0] as ProviderEmail | undefined;
  const email = text(entry?.value);
  if (!email) return { code: 'email_missing', message: 'Your Google account did not share an email address.' };
  if (entry?.verified !== true && entry?.verified !== 'true') {
    return { code: 'email_not_verified', message: 'Your Google email address is not verified.' };
  }
  return {
    email,
    provider: AuthProvider.GOOGLE,
    providerAccountId: profile.id,
    firstName: name(profile.name?.givenName),
    lastName: name(profile.name?.familyName),
    avatarUrl: photo(profile),
    refreshToken: text(refreshToken),
  };
}

/**
 * GitHub: the profile carries every email from /user/emails (`allRawEmails`); the primary one must
 * be verified, since an unverified GitHub address proves nothing about who owns it.
 */
export function githubSignInProfile(profile: Profile): SignInProfile | ProfileRefusal {
  const emails = (profile.emails ?? []) as ProviderEmail[];
  const primary = emails.find((e) => e.primary === true);
  const email = text(primary?.value);
  if (!email) return { code: 'email_missing', message: 'Your GitHub account has no primary email address.' };
  if (primary?.verified !== true) {
    return {
      code: 'email_not_verified',
      message: 'Your primary GitHub email address is not verified; verify it on GitHub and sign in again.',
    };
  }
  const [firstName, ...rest] = (text(profile.displayName) ?? '').split(/\s+/);
  return {
    email,
    provider: AuthProvider.GITHUB,
    providerAccountId: profile.id,
    firstName: name(firstName),
    lastName: name(rest.join(' ')),
    avatarUrl: photo(profile),
  };
}

export const isRefusal = (value: SignInProfile | ProfileRefusal): value is ProfileRefusal => 'code' in value;
