import jwt from 'jsonwebtoken';

export const TOKEN_TTL_SECONDS = 30 * 24 * 3600;
/** A valid token older than this is replaced by a fresh one on the next request (see src/app/session.ts). */
export const TOKEN_REISSUE_AFTER_MS = 12 * 3600 * 1000;

export interface TokenSubject {
  id: string;
  tokenVersion: number;
}

export interface VerifiedToken {
  userId: string;
  tokenVersion: number;
  issuedAt: Date;
}

/**
 * Signs a session token carrying the user id and token version — never roles. `issuedAt` defaults to
 * the real time; the server passes its own clock so tests that move the clock see consistent tokens.
 */
export function issueToken(user: TokenSubject, secret: string, issuedAt: Date = new Date()): string {
  return jwt.sign({ ver: user.tokenVersion, iat: Math.floor(issuedAt.getTime() / 1000) }, secret, {
    subject: user.id,
    expiresIn: TOKEN_TTL_SECONDS,
    algorithm: 'HS256',
  });
}

interface Verified {
  secret: string;
  claims: VerifiedToken;
  expiresAt: number;
}

/** Tokens already verified, so a client's every request does not recompute the HMAC; bounded. */
const verified = new Map<string, Verified>();
const VERIFIED_LIMIT = 10_000;

/** Returns the token's claims, or null when it is malformed, forged or expired (at `now`, default the real time). */
export function verifyToken(token: string, secret: string, now: Date = new Date()): VerifiedToken | null {
  const known = verified.get(token);
  if (known && known.secret === secret) return now.getTime() < known.expiresAt ? known.claims : null;
  try {
    const payload = jwt.verify(token, secret, {
      algorithms: ['HS256'],
      clockTimestamp: Math.floor(now.getTime() / 1000),
    });
    if (typeof payload === 'string' || typeof payload.sub !== 'string' || typeof payload.ver !== 'number') return null;
    const claims = { userId: payload.sub, tokenVersion: payload.ver, issuedAt: new Date((payload.iat ?? 0) * 1000) };
    if (typeof payload.exp === 'number') {
      if (verified.size >= VERIFIED_LIMIT) verified.delete(verified.keys().next().value!);
      verified.set(token, { secret, claims, expiresAt: payload.exp * 1000 });
    }
    return claims;
  } catch {
    return null;
  }
}
