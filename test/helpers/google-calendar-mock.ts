import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';

/** An event as the stand-in stores it (what the client sent, merged, plus its status). */
export interface MockEvent {
  id: string;
  status: 'confirmed' | 'cancelled';
  summary?: string;
  description?: string;
  location?: string;
  start?: { dateTime?: string; timeZone?: string };
  end?: { dateTime?: string; timeZone?: string };
  attendees?: Array<{ email: string; displayName?: string; responseStatus?: string }>;
  extendedProperties?: { private?: Record<string, string> };
}

/** One request to the Calendar API, as received. */
export interface CalendarCall {
  method: string;
  calendarId: string;
  eventId: string | null;
  query: Record<string, unknown>;
  body: Record<string, unknown> | null;
}

export interface GoogleCalendarMock {
  url: string;
  /** startTestServer overrides pointing the integration (token endpoint and API root) at this stand-in. */
  env: Record<string, string>;
  /** Events by calendar id, then event id. */
  events: Map<string, Map<string, MockEvent>>;
  calendarCalls: CalendarCall[];
  /** Refresh tokens exchanged at /token, in order. */
  refreshes: string[];
  /** How many of the next Calendar requests answer 503 (an outage on Google's side). */
  failures: number;
  /** Revokes a refresh token: /token answers invalid_grant for it, its access tokens get 401. */
  revoke(refreshToken: string): void;
  /** A refresh token granted without the calendar scope: its access tokens get 403 insufficientPermissions. */
  withoutCalendarScope(refreshToken: string): void;
  event(calendarId: string, eventId: string): MockEvent | undefined;
  close(): Promise<void>;
}

/** What Calendar v3 answers a token granted without a calendar scope. */
const INSUFFICIENT_SCOPE = {
  error: {
    code: 403,
    message: 'Request had insufficient authentication scopes.',
    errors: [{ message: 'Insufficient Permission', domain: 'global', reason: 'insufficientPermissions' }],
    status: 'PERMISSION_DENIED',
    details: [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'ACCESS_TOKEN_SCOPE_INSUFFICIENT' }],
  },
};

/**
 * A local stand-in for Google's token endpoint (refresh_token grant) and the Calendar v3 events
 * endpoints the integration uses (insert, patch, delete), recording what it receives.
 */
export async function startGoogleCalendarMock(calendarId: string): Promise<GoogleCalendarMock> {
  const revoked = new Set<string>();
  const unscoped = new Set<string>();
  const accessTokens = new Map<string, string>(); // access token → refresh token
  const app = express();
  const mock: GoogleCalendarMock = {
    url: '',
    env: {},
    events: new Map([[calendarId, new Map()]]),
    calendarCalls: [],
    refreshes: [],
    failures: 0,
    revoke: (token) => void revoked.add(token),
    withoutCalendarScope: (token) => void unscoped.add(token),
    event: (cal, id) => mock.events.get(cal)?.get(id),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };

  app.post('/token', express.urlencoded({ extended: false }), (req, res) => {
    const body = req.body as Record<string, string>;
    if (body.grant_type !== 'refresh_token' || body.client_secret !== 'google-secret') {
      return void res.status(401).json({ error: 'invalid_client' });
    }
    mock.refreshes.push(body.refresh_token);
    if (revoked.has(body.refresh_token)) {
      return void res
        .status(400)
        .json({ error: 'invalid_grant', error_description: 'Token has been expired or revoked.' });
    }
    const accessToken = `ya29.${randomUUID()}`;
    accessTokens.set(accessToken, body.refresh_token);
    res.json({ access_token: accessToken, expires_in: 3599, token_type: 'Bearer', scope: 'calendar' });
  });

  const calendar = express.Router();
  calendar.use(express.json());
  calendar.use((req, res, next) => {
    const refresh = accessTokens.get((req.get('authorization') ?? '').replace(/^Bearer /, ''));
    if (!refresh || revoked.has(refresh)) {
      return void res.status(401).json({ error: { code: 401, message: 'Invalid Credentials' } });
    }
    if (unscoped.has(refresh)) return void res.status(403).json(INSUFFICIENT_SCOPE);
    if (mock.failures > 0) {
      mock.failures -= 1;
      return void res.status(503).json({ error: { code: 503, message: 'Backend Error' } });
    }
    next();
  });
  const record = (req: express.Request, eventId: string | null): Map<string, MockEvent> | undefined => {
    const cal = String(req.params.calendarId);
    mock.calendarCalls.push({
      method: req.method,
      calendarId: cal,
      eventId,
      query: { ...req.query },
      body: req.body && Object.keys(req.body as object).length ? (req.body as Record<string, unknown>) : null,
    });
    return mock.events.get(cal);
  };
  const notFound = { error: { code: 404, message: 'Not Found' } };
  calendar.post('/calendars/:calendarId/events', (req, res) => {
    const events = record(req, null);
    const body = req.body as MockEvent;
    if (!events) return void res.status(404).json(notFound);
    if (events.has(body.id)) return void res.status(409).json({ error: { code: 409, message: 'duplicate' } });
    const event: MockEvent = { ...body, status: 'confirmed' };
    events.set(body.id, event);
    res.json(event);
  });
  calendar.patch('/calendars/:calendarId/events/:eventId', (req, res) => {
    const events = record(req, req.params.eventId);
    const found = events?.get(req.params.eventId);
    if (!found) return void res.status(404).json(notFound);
    if (found.status === 'cancelled') return void res.status(410).json({ error: { code: 410, message: 'Deleted' } });
    Object.assign(found, req.body as Partial<MockEvent>);
    res.json(found);
  });
  calendar.delete('/calendars/:calendarId/events/:eventId', (req, res) => {
    const events = record(req, req.params.eventId);
    const found = events?.get(req.params.eventId);
    if (!found) return void res.status(404).json(notFound);
    if (found.status === 'cancelled') return void res.status(410).json({ error: { code: 410, message: 'Deleted' } });
    found.status = 'cancelled';
    res.status(204).end();
  });
  app.use('/calendar/v3', calendar);

  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  mock.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  mock.env = {
    GOOGLE_CLIENT_ID: 'google-client',
    GOOGLE_CLIENT_SECRET: 'google-secret',
    GOOGLE_TOKEN_URL: `${mock.url}/token`,
    GOOGLE_CALENDAR_API_URL: `${mock.url}/`,
    GOOGLE_CALENDAR_ID: calendarId,
  };
  return mock;
}
