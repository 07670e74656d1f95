import { createHash, randomBytes } from 'node:crypto';
import { decrypt, encrypt, encryptionKey } from '../../auth/crypto';
import type { Env } from '../../config/env';

/** Where feeds are served: `GET /calendar/<token>.ics`. */
export const FEED_PATH = '/calendar';

/** 256 random bits: guessing a token is hopeless, so the route needs no rate limit of its own. */
const TOKEN_BYTES = 32;

/** A feed file name as issueFeedToken makes them (43 base64url characters) with `.ics`. */
const FEED_FILE = /^([A-Za-z0-9_-]{43})\.ics$/;

export interface IssuedFeedToken {
  /** The secret, as it appears in the URL. */
  token: string;
  /** What is stored to find it (ics_feeds.token_hash). */
  hash: string;
  /** What is stored to show it again (ics_feeds.token_sealed). */
  sealed: string;
}

type KeyEnv = Pick<Env, 'TOKEN_ENCRYPTION_KEY'>;

/** SHA-256 of a token, hex: a lookup key that reveals nothing of the token. */
export function hashFeedToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A new random feed token with its hash and its sealed copy. */
export function issueFeedToken(env: KeyEnv): IssuedFeedToken {
  const token = randomBytes(TOKEN_BYTES).toString('base64url');
  return { token, hash: hashFeedToken(token), sealed: encrypt(token, encryptionKey(env.TOKEN_ENCRYPTION_KEY)) };
}

/** The token of a sealed copy; null when it cannot be opened (sealed under another TOKEN_ENCRYPTION_KEY). */
export function unsealFeedToken(env: KeyEnv, sealed: string): string | null {
  try {
    return decrypt(sealed, encryptionKey(env.TOKEN_ENCRYPTION_KEY));
  } catch {
    return null;
  }
}

/** The token named by a feed file (`<token>.ics`), or null for anything that cannot be one. */
export function tokenOfFeedFile(file: string): string | null {
  return FEED_FILE.exec(file)?.[1] ?? null;
}

/**
 * The feed's public address, under PUBLIC_URL (else http://localhost:PORT, the address `npm start`
 * listens on): the GraphQL context does not know which address a caller reached, and a URL a user
 * pastes into a calendar app must name the public one anyway.
 */
export function feedUrl(env: Pick<Env, 'PUBLIC_URL' | 'PORT'>, token: string): string {
  const base = env.PUBLIC_URL ?? `http://localhost:${env.PORT}`;
  return `${base}${FEED_PATH}/${token}.ics`;
}
