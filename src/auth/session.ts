import type { IncomingMessage } from 'node:http';
import { readCookie, SESSION_COOKIE } from './cookies';
import { TOKEN_REISSUE_AFTER_MS, type VerifiedToken } from './tokens';

/** How a request carried its token: `Authorization: Bearer` (mobile, scripts) or the aula_token cookie (web). */
export type TokenSource = 'bearer' | 'cookie';

export interface RequestToken {
  token: string;
  source: TokenSource;
}

/**
 * Response header carrying a fresh token when the request's token was older than 12 hours; bearer
 * clients should replace their stored token with it (cookie clients also get a fresh cookie).
 */
export const REFRESHED_TOKEN_HEADER = 'x-refreshed-token';

/** The request's token: the Bearer header wins over the cookie when both are sent. */
export function requestToken(req: Pick<IncomingMessage, 'headers'>): RequestToken | null {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) {
    const token = header.slice('Bearer '.length).trim();
    return token ? { token, source: 'bearer' } : null;
  }
  const cookie = readCookie(req, SESSION_COOKIE);
  return cookie ? { token: cookie, source: 'cookie' } : null;
}

/** A valid token older than 12 hours is replaced, so active users never reach the 30-day expiry. */
export function needsReissue(claims: VerifiedToken, now: Date): boolean {
  return now.getTime() - claims.issuedAt.getTime() > TOKEN_REISSUE_AFTER_MS;
}
