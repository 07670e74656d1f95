import type { Request } from 'express';
import passport, { type PassportStatic, type Profile } from 'passport';
import { Strategy as GitHubStrategy } from 'passport-github2';
import { Strategy as GoogleStrategy } from 'passport-google-oauth20';
import type { VerifyCallback } from 'passport-oauth2';
import type { AppDeps } from '../app/deps';
import { execute } from '../app/runner';
import { AppError } from '../errors/app-error';
import type { User } from '../modules/user/user.entity';
import type { Caller } from './actor';
import { AuthReason } from './auth.reasons';
import { encryptionKey } from './crypto';
import { githubSignInProfile, googleSignInProfile, isRefusal, type ProfileRefusal } from './oauth-profiles';
import { SignedStateStore } from './oauth-state';
import { signIn, type SignInProfile } from './sign-in.service';

export type OAuthProvider = 'google' | 'github';

/** Sign-in refusals the callback answers as `account_disabled` (403) rather than as a server error. */
const DISABLED: ReadonlySet<string> = new Set([AuthReason.ACCOUNT_SUSPENDED, AuthReason.ACCOUNT_DELETED]);

/** What a successful verify hands to the callback route. */
export interface SignedInUser {
  user: User;
}

/** A refused sign-in: an unverified email, or a suspended or deleted user. */
export interface SignInRefusal {
  code: ProfileRefusal['code'] | 'account_disabled';
  message: string;
}

export interface OAuthSetup {
  passport: InstanceType<PassportStatic['Passport']>;
  /** Providers whose client id and secret are configured (and whose routes are mounted). */
  enabled: ReadonlySet<OAuthProvider>;
}

/** Google scopes: OpenID identity plus the verified email. */
export const GOOGLE_SCOPES = ['openid', 'email', 'profile'];
/** GitHub scope that lets the strategy read /user/emails (and whether each is verified). */
export const GITHUB_SCOPES = ['user:email'];

/**
 * One passport Authenticator per server (not the global singleton, so several servers can run in
 * one process, as tests do), with a strategy for each configured provider. Session-less: state lives
 * in a signed cookie (SignedStateStore), the result is a JWT.
 */
export function createOAuth(deps: AppDeps): OAuthSetup {
  const { env } = deps;
  const authenticator = new passport.Passport();
  const enabled = new Set<OAuthProvider>();
  const cookie = { secure: env.COOKIE_SECURE };
  const key = encryptionKey(env.TOKEN_ENCRYPTION_KEY);

  const complete = (req: Request, profile: SignInProfile | ProfileRefusal, done: VerifyCallback): void => {
    if (isRefusal(profile)) return done(null, false, profile);
    signInWith(deps, req, profile, key).then(
      (user) => done(null, { user } satisfies SignedInUser),
      (error: unknown) => {
        if (error instanceof AppError && DISABLED.has(error.reason)) {
          const refusal: SignInRefusal = { code: 'account_disabled', message: `${error.message}; sign-in refused.` };
          return done(null, false, refusal);
        }
        done(error);
      },
    );
  };

  if (env.GOOGLE_CLIENT_ID && env.GOOGLE_CLIENT_SECRET) {
    authenticator.use(
      'google',
      new GoogleStrategy(
        {
          clientID: env.GOOGLE_CLIENT_ID,
          clientSecret: env.GOOGLE_CLIENT_SECRET,
          // Replaced per request by the absolute URL under PUBLIC_URL (see oauth.routes.ts).
          callbackURL: '/auth/google/callback',
          authorizationURL: env.GOOGLE_AUTH_URL,
          tokenURL: env.GOOGLE_TOKEN_URL,
          userProfileURL: env.GOOGLE_USERINFO_URL,
          scope: GOOGLE_SCOPES,
          store: new SignedStateStore('google', env.JWT_SECRET, cookie, deps.clock).asStateStore(),
          passReqToCallback: true,
        },
        (req: Request, _accessToken: string, refreshToken: string, profile: Profile, done: VerifyCallback) =>
          complete(req, googleSignInProfile(profile, refreshToken), done),
      ),
    );
    enabled.add('google');
  }

  if (env.GITHUB_CLIENT_ID && env.GITHUB_CLIENT_SECRET) {
    authenticator.use(
      'github',
      new GitHubStrategy(
        {
          clientID: env.GITHUB_CLIENT_ID,
          clientSecret: env.GITHUB_CLIENT_SECRET,
          callbackURL: '/auth/github/callback',
          authorizationURL: env.GITHUB_AUTH_URL,
          tokenURL: env.GITHUB_TOKEN_URL,
          userProfileURL: env.GITHUB_USER_URL,
          userEmailURL: env.GITHUB_EMAILS_URL,
          scope: GITHUB_SCOPES,
          // Keep every /user/emails entry as GitHub sent it, `verified` included.
          allRawEmails: true,
          userAgent: 'aula-api',
          store: new SignedStateStore('github', env.JWT_SECRET, cookie, deps.clock).asStateStore(),
          passReqToCallback: true,
        },
        (req: Request, _accessToken: string, _refreshToken: string, profile: Profile, done: VerifyCallback) =>
          complete(req, githubSignInProfile(profile), done),
      ),
    );
    enabled.add('github');
  }

  return { passport: authenticator, enabled };
}

/** Runs the single sign-in path (also used by devSignIn) as the request's anonymous caller, audited with its IP and user agent. */
async function signInWith(deps: AppDeps, req: Request, profile: SignInProfile, key: Buffer): Promise<User> {
  const caller: Caller = {
    userId: null,
    roles: [],
    now: deps.clock(),
    requestId: req.id === undefined ? null : String(req.id),
    ip: req.ip ?? null,
    userAgent: req.get('user-agent') ?? null,
  };
  const { user } = await execute(deps, caller, signIn, {
    profile,
    ownerEmails: deps.env.OWNER_EMAILS,
    encryptionKey: key,
  });
  return user;
}
