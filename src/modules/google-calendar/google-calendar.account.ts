import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { decrypt } from '../../auth/crypto';
import { effectiveRoleSql } from '../role/role-window';
import type { Credentials } from './google-calendar.client';

/** The admin account whose refresh token the integration acts with. */
export interface ConnectedAccount {
  accountId: string;
  userId: string;
  credentials: Credentials;
}

/** The latest refusal of a token that is still the stored one (so still unusable). */
export interface Disconnection {
  accountId: string;
  userId: string;
  disconnectedAt: Date;
  lastError: string;
}

export interface IntegrationState {
  /** Null when no admin has a usable token: the integration is disconnected. */
  connected: ConnectedAccount | null;
  disconnection: Disconnection | null;
}

interface Row {
  account_id: string;
  user_id: string;
  token: string;
  token_digest: string | null;
  disconnected_at: Date | null;
  last_error: string | null;
}

/** Identifies a stored token without keeping it: a new sign-in stores a new ciphertext (fresh IV). */
export const tokenDigest = (ciphertext: string): string => createHash('sha256').update(ciphertext).digest('hex');

/**
 * Which admin's token the integration uses at `now`: of the active users holding an effective
 * ADMIN or OWNER role with a stored Google refresh token, the one who signed in most recently and
 * whose current token Google has not refused. One statement; the admins are few.
 */
export async function integrationState(db: EntityManager, key: Buffer, now: Date): Promise<IntegrationState> {
  const rows: Row[] = await db.query(
    `SELECT a."id" AS "account_id", a."user_id", a."refresh_token_encrypted" AS "token",
            d."token_digest", d."disconnected_at", d."last_error"
     FROM "accounts" a
     JOIN "users" u ON u."id" = a."user_id"
     LEFT JOIN "google_calendar_disconnects" d ON d."account_id" = a."id"
     WHERE a."provider" = 'GOOGLE' AND a."refresh_token_encrypted" IS NOT NULL AND u."status" = 'ACTIVE'
       AND EXISTS (SELECT 1 FROM "user_roles" r
                   WHERE r."user_id" = u."id" AND r."role" IN ('ADMIN', 'OWNER') AND ${effectiveRoleSql('r', '$1')})
     ORDER BY u."last_sign_in_at" DESC NULLS LAST, a."updated_at" DESC, a."id"
     LIMIT 50`,
    [now],
  );
  let connected: ConnectedAccount | null = null;
  let disconnection: Disconnection | null = null;
  for (const row of rows) {
    const digest = tokenDigest(row.token);
    if (row.token_digest === digest && row.disconnected_at && row.last_error !== null) {
      if (!disconnection || new Date(row.disconnected_at) > disconnection.disconnectedAt) {
        disconnection = {
          accountId: row.account_id,
          userId: row.user_id,
          disconnectedAt: new Date(row.disconnected_at),
          lastError: row.last_error,
        };
      }
      continue;
    }
    if (connected) continue;
    const refreshToken = readable(row.token, key);
    // A token encrypted under another TOKEN_ENCRYPTION_KEY is unusable here; the next admin may do.
    if (refreshToken) {
      connected = { accountId: row.account_id, userId: row.user_id, credentials: { key: digest, refreshToken } };
    }
  }
  return { connected, disconnection };
}

function readable(ciphertext: string, key: Buffer): string | null {
  try {
    return decrypt(ciphertext, key);
  } catch {
    return null;
  }
}

/** Records that Google refused this account's current token; the integration moves to the next admin, if any. */
export async function markDisconnected(
  tx: EntityManager,
  account: ConnectedAccount,
  lastError: string,
  now: Date,
): Promise<void> {
  await tx.query(
    `INSERT INTO "google_calendar_disconnects" ("account_id", "token_digest", "disconnected_at", "last_error")
     VALUES ($1, $2, $3, $4)
     ON CONFLICT ("account_id") DO UPDATE SET "token_digest" = EXCLUDED."token_digest",
       "disconnected_at" = EXCLUDED."disconnected_at", "last_error" = EXCLUDED."last_error", "updated_at" = now()`,
    [account.accountId, account.credentials.key, now, lastError],
  );
}
