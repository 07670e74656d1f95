import { encryptionKey } from '../../auth/crypto';
import type { Env } from '../../config/env';

/** What the Google Calendar integration needs; present only when it is configured. */
export interface GoogleCalendarConfig {
  /** The platform calendar every booked class goes on (GOOGLE_CALENDAR_ID). */
  calendarId: string;
  clientId: string;
  clientSecret: string;
  /** Google's token endpoint (GOOGLE_TOKEN_URL, shared with the sign-in strategy). */
  tokenUrl: string;
  /** Root URL of Google's APIs (GOOGLE_CALENDAR_API_URL); Calendar v3 lives under /calendar/v3/. */
  apiUrl: string;
  /** Decrypts the stored refresh tokens (TOKEN_ENCRYPTION_KEY). */
  key: Buffer;
}

/** The integration's settings, or null when GOOGLE_CALENDAR_ID (or the OAuth client) is not set. */
export function googleCalendarConfig(env: Env): GoogleCalendarConfig | null {
  const { GOOGLE_CALENDAR_ID, GOOGLE_CLIENT_ID, GOOGLE_CLIENT_SECRET } = env;
  // parseEnv refuses GOOGLE_CALENDAR_ID without the client; the check keeps the types honest.
  if (!GOOGLE_CALENDAR_ID || !GOOGLE_CLIENT_ID || !GOOGLE_CLIENT_SECRET) return null;
  return {
    calendarId: GOOGLE_CALENDAR_ID,
    clientId: GOOGLE_CLIENT_ID,
    clientSecret: GOOGLE_CLIENT_SECRET,
    tokenUrl: env.GOOGLE_TOKEN_URL,
    apiUrl: env.GOOGLE_CALENDAR_API_URL,
    key: encryptionKey(env.TOKEN_ENCRYPTION_KEY),
  };
}

/** Whether class writes ask for calendar syncs at all (effects are skipped when it is off). */
export const googleCalendarEnabled = (env: Env): boolean =>
  Boolean(env.GOOGLE_CALENDAR_ID && env.GOOGLE_CLIENT_ID && env.GOOGLE_CLIENT_SECRET);
