import type { Env } from '../../config/env';
import { googleCalendarEnabled } from './google-calendar.config';

/** What the integration does with an admin's token: create, change and cancel events, nothing else. */
export const GOOGLE_CALENDAR_SCOPE = 'https://www.googleapis.com/auth/calendar.events';

/** Authorization parameters of a Google sign-in that passport-google-oauth20 reads. */
export interface GoogleScopeOptions {
  scope?: string[];
  includeGrantedScopes: true;
}

/**
 * The scopes of one Google sign-in: the sign-in's own, plus the calendar's when an admin connects
 * the calendar (`GET /auth/google?calendar=true`) on a server where it is configured, so nobody
 * else is asked for calendar access. Every sign-in asks Google to keep the scopes granted before
 * (include_granted_scopes): an admin's later plain sign-in, which stores a new refresh token, must
 * not lose the calendar.
 */
export function googleSignInScopes(env: Env, baseScopes: readonly string[], calendar: unknown): GoogleScopeOptions {
  const connect = calendar === 'true' && googleCalendarEnabled(env);
  return connect
    ? { scope: [...baseScopes, GOOGLE_CALENDAR_SCOPE], includeGrantedScopes: true }
    : { includeGrantedScopes: true };
}
