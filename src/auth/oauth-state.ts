import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Request } from 'express';
import type { StateStore } from 'passport-oauth2';
import { stringifySetCookie } from 'cookie';
import { appendSetCookie, readCookie, type CookieSettings } from './cookies';

/** Where the browser goes after a successful sign-in: the web app (cookie) or the mobile app (token in the deep link). */
export type RedirectTarget = 'web' | 'mobile';

/** What the state carries from /auth/<provider> to its callback. */
export interface OAuthAppState {
  redirect: RedirectTarget;
}

/** Why a callback's state was refused; surfaced to the browser as a 403. */
export interface StateRefusal {
  message: string;
  code: 'invalid_state';
}

const STATE_TTL_SECONDS = 10 * 60;

interface StatePayload {
  /** Nonce, also kept in the browser's httpOnly cookie: binds the callback to the browser that started it. */
  n: string;
  /** Provider name, so a Google state cannot complete a GitHub callback. */
  p: string;
  r: RedirectTarget;
  /** Expiry, epoch seconds. */
  e: number;
}

type StoreCallback = (err: Error | null, state?: string) => void;
type VerifyCallback = (err: Error | null, ok: boolean, info?: OAuthAppState | StateRefusal) => void;

/**
 * Passport OAuth2 state store without sessions: the state is `<payload>.<HMAC(JWT_SECRET)>` and its
 * nonce is also set in a short-lived httpOnly cookie; the callback must present both, unexpired, signed
 * and matching. This defeats login CSRF (an attacker's callback URL carries a nonce the victim's browser
 * lacks) and forged states.
 */
export class SignedStateStore {
  private readonly cookieName: string;
  private readonly key: Buffer;

  constructor(
    private readonly provider: string,
    secret: string,
    private readonly cookie: CookieSettings,
    private readonly clock: () => Date,
  ) {
    this.cookieName = `aula_oauth_${provider}`;
    // A key of its own, derived from JWT_SECRET, so a state can never pass as anything else signed with it.
    this.key = createHmac('sha256', secret).update('aula:oauth-state').digest();
  }

  /** Passport calls this with 4 arguments (req, app state, meta, callback) when starting the flow. */
  store(req: Request, appState: OAuthAppState | undefined, _meta: unknown, callback: StoreCallback): void {
    const nonce = randomBytes(18).toString('base64url');
    const payload: StatePayload = {
      n: nonce,
      p: this.provider,
      r: appState?.redirect ?? 'web',
      e: Math.floor(this.clock().getTime() / 1000) + STATE_TTL_SECONDS,
    };
    const encoded = Buffer.from(JSON.stringify(payload)).toString('base64url');
    if (req.res) appendSetCookie(req.res, this.nonceCookie(nonce, STATE_TTL_SECONDS));
    callback(null, `${encoded}.${this.sign(encoded)}`);
  }

  /** Passport calls this on the callback; `ok=false` makes the strategy fail with 403. */
  verify(req: Request, providedState: unknown, _meta: unknown, callback: VerifyCallback): void {
    const nonce = readCookie(req, this.cookieName);
    // The nonce is single-use: clear it whatever the outcome.
    if (req.res && nonce !== null) appendSetCookie(req.res, this.nonceCookie('', 0));
    const payload = this.decode(providedState);
    const refuse = (message: string): void => callback(null, false, { message, code: 'invalid_state' });
    if (!payload) return refuse('The sign-in request is invalid (its state does not match); please start again.');
    if (payload.e * 1000 < this.clock().getTime()) return refuse('The sign-in request expired; please start again.');
    if (nonce === null || !safeEqual(nonce, payload.n)) {
      return refuse('The sign-in request was not started in this browser; please start again.');
    }
    callback(null, true, { redirect: payload.r });
  }

  /** As passport-oauth2's type (which declares only the 2- and 3-argument forms). */
  asStateStore(): StateStore {
    return this as unknown as StateStore;
  }

  private decode(state: unknown): StatePayload | null {
    if (typeof state !== 'string') return null;
    const [encoded, signature, ...rest] = state.split('.');
    if (!encoded || !signature || rest.length > 0 || !safeEqual(signature, this.sign(encoded))) return null;
    try {
      const payload = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')) as Partial<StatePayload>;
      const valid =
        typeof payload.n === 'string' &&
        payload.p === this.provider &&
        (payload.r === 'web' || payload.r === 'mobile') &&
        typeof payload.e === 'number';
      return valid ? (payload as StatePayload) : null;
    } catch {
      return null;
    }
  }

  private sign(encoded: string): string {
    return createHmac('sha256', this.key).update(encoded).digest('base64url');
  }

  private nonceCookie(value: string, maxAge: number): string {
    return stringifySetCookie(this.cookieName, value, {
      httpOnly: true,
      // Lax: the provider's redirect back is a top-level GET navigation, which carries Lax cookies.
      sameSite: 'lax',
      secure: this.cookie.secure,
      path: '/auth',
      maxAge,
    });
  }
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
