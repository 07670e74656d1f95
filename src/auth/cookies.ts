import type { IncomingMessage } from 'node:http';
import { parseCookie, stringifySetCookie } from 'cookie';
import { TOKEN_TTL_SECONDS } from './tokens';

/** The web session cookie: httpOnly, SameSite=Lax, Secure per COOKIE_SECURE. */
export const SESSION_COOKIE = 'aula_token';

export interface CookieSettings {
  secure: boolean;
}

/** Reads one cookie from the request's Cookie header (no cookie-parser middleware needed). */
export function readCookie(req: Pick<IncomingMessage, 'headers'>, name: string): string | null {
  const header = req.headers.cookie;
  if (!header) return null;
  return parseCookie(header)[name] ?? null;
}

/** `Set-Cookie` value carrying a session token for 30 days. */
export function sessionCookie(token: string, settings: CookieSettings): string {
  return stringifySetCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: settings.secure,
    path: '/',
    maxAge: TOKEN_TTL_SECONDS,
  });
}

/** `Set-Cookie` value that removes the session cookie. */
export function clearedSessionCookie(settings: CookieSettings): string {
  return stringifySetCookie(SESSION_COOKIE, '', {
    httpOnly: true,
    sameSite: 'lax',
    secure: settings.secure,
    path: '/',
    maxAge: 0,
    expires: new Date(0),
  });
}

interface HeaderTarget {
  getHeader(name: string): unknown;
  setHeader(name: string, value: string[]): unknown;
}

function setCookies(res: HeaderTarget): string[] {
  const current = res.getHeader('set-cookie');
  return Array.isArray(current) ? current.map(String) : typeof current === 'string' ? [current] : [];
}

/** Drops any Set-Cookie for `name` already on the response. */
export function removeSetCookie(res: HeaderTarget, name: string): void {
  res.setHeader(
    'set-cookie',
    setCookies(res).filter((c) => !c.startsWith(`${name}=`)),
  );
}

/** Adds a Set-Cookie header without dropping ones already set on the response. */
export function appendSetCookie(res: HeaderTarget, cookie: string): void {
  res.setHeader('set-cookie', [...setCookies(res), cookie]);
}
