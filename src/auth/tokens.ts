import jwt from 'jsonwebtoken';

export const TOKEN_TTL_SECONDS = 30 * 24 * 3600;

export interface TokenSubject {
  id: string;
  tokenVersion: number;
}

export interface VerifiedToken {
  userId: string;
  tokenVersion: number;
  issuedAt: Date;
}

/** Signs a session token carrying the user id and token version — never roles. */
export function issueToken(user: TokenSubject, secret: string): string {
  return jwt.sign({ ver: user.tokenVersion }, secret, {
    subject: user.id,
    expiresIn: TOKEN_TTL_SECONDS,
    algorithm: 'HS256',
  });
}

/** Returns the token's claims, or null when it is malformed, forged or expired. */
export function verifyToken(token: string, secret: string): VerifiedToken | null {
  try {
    const payload = jwt.verify(token, secret, { algorithms: ['HS256'] });
    if (typeof payload === 'string' || typeof payload.sub !== 'string' || typeof payload.ver !== 'number') return null;
    return { userId: payload.sub, tokenVersion: payload.ver, issuedAt: new Date((payload.iat ?? 0) * 1000) };
  } catch {
    return null;
  }
}
