import { Router, type Request, type Response } from 'express';
import type { AuthenticateOptions } from 'passport';
import type { AppDeps } from '../app/deps';
import { appendSetCookie, sessionCookie } from './cookies';
import type { OAuthAppState, RedirectTarget } from './oauth-state';
import { googleSignInScopes } from '../modules/google-calendar/google-calendar.scopes';
import {
  createOAuth,
  GOOGLE_SCOPES,
  type OAuthProvider,
  type SignedInUser,
  type SignInRefusal,
} from './oauth-strategies';
import { issueToken } from './tokens';

const PROVIDERS: Record<OAuthProvider, { label: string; env: string }> = {
  google: { label: 'Google', env: 'GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET' },
  github: { label: 'GitHub', env: 'GITHUB_CLIENT_ID and GITHUB_CLIENT_SECRET' },
};

/** Options passport-oauth2 and its subclasses read beyond passport's own AuthenticateOptions. */
type OAuthAuthenticateOptions = Omit<AuthenticateOptions, 'state'> & {
  callbackURL: string;
  state?: OAuthAppState;
  accessType?: 'offline';
  prompt?: 'consent';
  scope?: string[];
  includeGrantedScopes?: boolean;
};

/**
 * `GET /auth/<provider>` (optional `?redirect=web|mobile`) starts the OAuth flow; its `/callback`
 * signs the user in and redirects to APP_URL with the `aula_token` cookie, or to MOBILE_REDIRECT_URL
 * with `?token=<jwt>`. Refusals answer JSON `{ error, message }` with 4xx/5xx. `publicUrl()` is this
 * server's external base URL (PUBLIC_URL, else http://localhost:<listening port>).
 */
export function oauthRoutes(deps: AppDeps, publicUrl: () => string): Router {
  const router = Router();
  const { passport, enabled } = createOAuth(deps);

  for (const provider of Object.keys(PROVIDERS) as OAuthProvider[]) {
    const base = `/auth/${provider}`;
    if (!enabled.has(provider)) {
      router.get([base, `${base}/callback`], (_req, res) => {
        const { label, env } = PROVIDERS[provider];
        res.status(404).json({
          error: 'provider_not_configured',
          message: `${label} sign-in is not configured on this server (set ${env}).`,
        });
      });
      continue;
    }
    const callbackURL = (): string => `${publicUrl()}${base}/callback`;

    router.get(base, (req, res, next) => {
      const redirect = redirectTarget(req.query.redirect);
      if (!redirect) {
        res.status(400).json({ error: 'invalid_request', message: 'redirect must be "web" or "mobile".' });
        return;
      }
      const options: OAuthAuthenticateOptions = { session: false, callbackURL: callbackURL(), state: { redirect } };
      // Google gives a refresh token only for offline access, and only again on a fresh consent.
      // An admin connecting the Google calendar (?calendar=true) also grants the calendar scope.
      if (provider === 'google') {
        const scopes = googleSignInScopes(deps.env, GOOGLE_SCOPES, req.query.calendar);
        Object.assign(options, { accessType: 'offline', prompt: 'consent', ...scopes });
      }
      passport.authenticate(provider, options as AuthenticateOptions)(req, res, next);
    });

    router.get(`${base}/callback`, (req, res, next) => {
      // Without a code passport would silently start a new flow; a callback must finish one.
      if (req.query.code === undefined && req.query.error === undefined) {
        res.status(400).json({ error: 'invalid_request', message: 'The callback is missing the authorization code.' });
        return;
      }
      const options: OAuthAuthenticateOptions = { session: false, callbackURL: callbackURL() };
      passport.authenticate(provider, options as AuthenticateOptions, (err: unknown, user: unknown, info: unknown) =>
        finish(deps, req, res, { err, user, info }),
      )(req, res, next);
    });
  }
  return router;
}

function redirectTarget(value: unknown): RedirectTarget | null {
  if (value === undefined || value === 'web') return 'web';
  return value === 'mobile' ? 'mobile' : null;
}

interface Outcome {
  err: unknown;
  user: unknown;
  info: unknown;
}

/** Issues the session token and redirects, or explains the refusal. */
function finish(deps: AppDeps, req: Request, res: Response, outcome: Outcome): void {
  const { env, logger } = deps;
  res.setHeader('cache-control', 'no-store');
  if (outcome.err) {
    if (isProviderError(outcome.err)) {
      logger.warn({ err: outcome.err, requestId: req.id }, 'OAuth provider error');
      res.status(502).json({
        error: 'provider_error',
        message: 'The sign-in provider did not answer as expected; please try again.',
      });
    } else {
      logger.error({ err: outcome.err, requestId: req.id }, 'OAuth sign-in failed');
      res.status(500).json({ error: 'server_error', message: 'Sign-in failed; please try again.' });
    }
    return;
  }
  const signedIn = outcome.user as SignedInUser | false | undefined;
  if (!signedIn) {
    const refusal = outcome.info as Partial<SignInRefusal> | { code: 'invalid_state'; message: string } | undefined;
    const code = refusal?.code ?? 'access_denied';
    res.status(code === 'access_denied' ? 401 : 403).json({
      error: code,
      message: refusal?.message ?? 'Sign-in was cancelled or refused by the provider.',
    });
    return;
  }
  const token = issueToken(signedIn.user, env.JWT_SECRET, deps.clock());
  const state = (outcome.info as { state?: OAuthAppState } | undefined)?.state;
  if (state?.redirect === 'mobile') {
    const target = new URL(env.MOBILE_REDIRECT_URL);
    target.searchParams.set('token', token);
    res.redirect(302, target.toString());
    return;
  }
  appendSetCookie(res, sessionCookie(token, { secure: env.COOKIE_SECURE }));
  res.redirect(302, env.APP_URL);
}

/** passport-oauth2's errors for a provider that refused or misbehaved (token exchange, profile fetch). */
function isProviderError(error: unknown): boolean {
  const name = error instanceof Error ? error.name : '';
  return ['AuthorizationError', 'TokenError', 'InternalOAuthError', 'UserInfoError', 'GooglePlusAPIError'].includes(
    name,
  );
}
