import { auth, calendar, type calendar_v3 } from '@googleapis/calendar';
import type { GoogleCalendarConfig } from './google-calendar.config';

/** How long one call to Google may take: effects are delivered inside a database transaction. */
const TIMEOUT_MS = 10_000;
/** API clients kept (one per admin token, so access tokens are reused until they expire). */
const MAX_CLIENTS = 8;

/** A refresh token to act with, and a stable key for it (the digest of its ciphertext). */
export interface Credentials {
  key: string;
  refreshToken: string;
}

/**
 * Calendar v3 on the platform calendar through the official client, acting with an admin's refresh
 * token (OAuth2Client exchanges it at GOOGLE_TOKEN_URL and refreshes the access token when it expires).
 * Updates go out with sendUpdates=none: Aula e-mails its members itself.
 */
export class GoogleCalendarClient {
  private readonly clients = new Map<string, calendar_v3.Calendar>();

  constructor(private readonly config: GoogleCalendarConfig) {}

  /** Creates the event with its own id; false when that id exists already (409). */
  async insert(credentials: Credentials, eventId: string, event: calendar_v3.Schema$Event): Promise<boolean> {
    try {
      await this.api(credentials).events.insert({
        calendarId: this.config.calendarId,
        sendUpdates: 'none',
        requestBody: { ...event, id: eventId },
      });
      return true;
    } catch (err) {
      if (googleStatus(err) === 409) return false;
      throw err;
    }
  }

  /** Brings an existing event in line with `event`; false when it is gone (deleted on Google's side). */
  async patch(credentials: Credentials, eventId: string, event: calendar_v3.Schema$Event): Promise<boolean> {
    try {
      await this.api(credentials).events.patch({
        calendarId: this.config.calendarId,
        eventId,
        sendUpdates: 'none',
        requestBody: event,
      });
      return true;
    } catch (err) {
      if (isGone(err)) return false;
      throw err;
    }
  }

  /** Cancels the event (Google's delete marks it cancelled); one already gone counts as done. */
  async cancel(credentials: Credentials, eventId: string): Promise<void> {
    try {
      await this.api(credentials).events.delete({ calendarId: this.config.calendarId, eventId, sendUpdates: 'none' });
    } catch (err) {
      if (!isGone(err)) throw err;
    }
  }

  /** Forgets the client of a refused token (its cached access token is worthless too). */
  forget(credentials: Credentials): void {
    this.clients.delete(credentials.key);
  }

  private api(credentials: Credentials): calendar_v3.Calendar {
    const cached = this.clients.get(credentials.key);
    if (cached) return cached;
    const oauth = new auth.OAuth2({
      clientId: this.config.clientId,
      clientSecret: this.config.clientSecret,
      endpoints: { oauth2TokenUrl: this.config.tokenUrl },
      transporterOptions: { timeout: TIMEOUT_MS },
      // A 401 with a cached access token (revoked with its refresh token) refreshes once: that is
      // where Google answers invalid_grant and the integration learns it was disconnected.
      forceRefreshOnFailure: true,
    });
    oauth.setCredentials({ refresh_token: credentials.refreshToken });
    // No retries inside a delivery: a failed effect is retried by the outbox, with backoff.
    const api = calendar({
      version: 'v3',
      auth: oauth,
      rootUrl: this.config.apiUrl,
      timeout: TIMEOUT_MS,
      retry: false,
    });
    if (this.clients.size >= MAX_CLIENTS) this.clients.clear();
    this.clients.set(credentials.key, api);
    return api;
  }
}

/** The HTTP response of a failed Google call (gaxios errors carry it), narrowed from unknown. */
function responseOf(err: unknown): { status?: unknown; data?: unknown } | null {
  if (typeof err !== 'object' || err === null || !('response' in err)) return null;
  const response: unknown = err.response;
  return typeof response === 'object' && response !== null ? response : null;
}

/** The HTTP status of a failed Google call; undefined for network errors and timeouts. */
export function googleStatus(err: unknown): number | undefined {
  const status = responseOf(err)?.status;
  return typeof status === 'number' ? status : undefined;
}

const isGone = (err: unknown): boolean => googleStatus(err) === 404 || googleStatus(err) === 410;

/** The token endpoint's OAuth error body (`{"error":"invalid_grant",…}`), if that is what failed. */
function oauthError(err: unknown): { error: string; description: string | null } | null {
  const data = responseOf(err)?.data;
  if (typeof data !== 'object' || data === null || !('error' in data) || typeof data.error !== 'string') return null;
  const description = 'error_description' in data && typeof data.error_description === 'string';
  return { error: data.error, description: description ? String(data.error_description) : null };
}

/**
 * Whether Google refused the refresh token itself (revoked, expired, the user's password changed):
 * the token endpoint answers `invalid_grant`. Retrying cannot help; the admin has to sign in again.
 */
export function isRevokedGrant(err: unknown): boolean {
  return oauthError(err)?.error === 'invalid_grant';
}

/**
 * Whether the token works but was granted without the calendar scope (an admin who signed in
 * without `?calendar=true`): Google answers 403 insufficientPermissions. Also fixed only by the
 * admin signing in again.
 */
export function isMissingScope(err: unknown): boolean {
  if (googleStatus(err) !== 403) return false;
  const body = JSON.stringify(responseOf(err)?.data ?? null);
  return body.includes('insufficientPermissions') || body.includes('ACCESS_TOKEN_SCOPE_INSUFFICIENT');
}

/** Whether the admin's token itself is unusable (refused, or without the scope): retrying cannot help. */
export const isUnusableToken = (err: unknown): boolean => isRevokedGrant(err) || isMissingScope(err);

/** A one-line account of a Google failure, for the integration status and the logs. */
export function describeGoogleError(err: unknown): string {
  const oauth = oauthError(err);
  if (oauth) return oauth.description ? `${oauth.error}: ${oauth.description}` : oauth.error;
  const status = googleStatus(err);
  const message = err instanceof Error ? err.message : String(err);
  return (status ? `${status} ${message}` : message).slice(0, 500);
}
