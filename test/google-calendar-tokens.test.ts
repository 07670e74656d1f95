import { defineEffect } from '../src/common/outcome';
import { GOOGLE_CALENDAR_SYNC, type CalendarSyncPayload } from '../src/modules/google-calendar/google-calendar.sync';
import { Role } from '../src/modules/role/role';
import { HOUR } from './helpers/class-factories';
import { BOOK, CANCEL, JOIN } from './helpers/class-suite';
import { createUser } from './helpers/factories';
import { CALENDAR, setUpCalendarSuite } from './helpers/google-calendar-suite';
import { startTestServer } from './helpers/server';

// Whose token writes the calendar, and what happens when Google refuses it.
const s = setUpCalendarSuite();
beforeAll(() => s.signInWithGoogle(s.admin, 'refresh-1'));

describe('a revoked refresh token', () => {
  it('shows the integration disconnected to admins while bookings still succeed', async () => {
    const host = await createUser(s.server);
    const early = await s.book(host, { title: 'Booked while connected' });
    const earlyEvent = (await s.storedEventId(early))!;
    s.google.revoke('refresh-1');
    const cls = await s.book(host, { title: 'Booked while disconnected' });
    expect(cls.status).toBe('SCHEDULED');
    expect(await s.storedEventId(cls)).toBeNull();
    const status = await s.statusAs(s.admin);
    expect(status).toMatchObject({
      configured: true,
      connected: false,
      account: { id: s.admin.id },
      lastError: 'invalid_grant: Token has been expired or revoked.',
      unsyncedClasses: 1,
    });
    expect(Date.parse(status.disconnectedAt!)).toBeLessThanOrEqual(Date.now());
    // Dropped on purpose, not left to be retried forever.
    expect(await s.syncsQueued()).toBe(0);

    // Known to be disconnected: the next writes do not even ask Google.
    const refreshes = s.google.refreshes.length;
    const learner = await createUser(s.server);
    await s.server.client(learner.token).ok(JOIN, { input: { classId: cls.id } });
    await s.sweep();
    await s.server.client(host.token).ok(CANCEL, { input: { classId: early.id } });
    await s.sweep();
    expect(s.google.refreshes).toHaveLength(refreshes);
    expect(s.google.event(CALENDAR, earlyEvent)?.status).toBe('confirmed');
    expect(await s.statusAs(s.admin)).toMatchObject({ connected: false, unsyncedClasses: 2 });

    // Signing in with Google again stores a new token: connected, and the first sync that reaches
    // Google brings the classes changed meanwhile in step.
    await s.signInWithGoogle(s.admin, 'refresh-2');
    expect(await s.statusAs(s.admin)).toMatchObject({
      connected: true,
      disconnectedAt: null,
      lastError: null,
      unsyncedClasses: 2,
    });
    await s.book(host, { title: 'Booked after reconnecting' });
    const eventId = (await s.storedEventId(cls))!;
    expect(s.google.event(CALENDAR, eventId)?.summary).toBe('Booked while disconnected');
    expect(s.attendeesOf(eventId)).toEqual([host.user.email, learner.user.email]);
    expect(s.google.event(CALENDAR, earlyEvent)?.status).toBe('cancelled');
    expect(await s.statusAs(s.admin)).toMatchObject({ connected: true, unsyncedClasses: 0 });
    expect(await s.syncsQueued()).toBe(0);
  });
});

describe('several admins', () => {
  it("moves to the next admin when the latest one's token lacks the calendar scope, in the same delivery", async () => {
    const second = await createUser(s.server, { roles: [Role.OWNER] });
    s.google.withoutCalendarScope('refresh-no-calendar');
    await s.signInWithGoogle(second, 'refresh-no-calendar');
    expect(await s.statusAs(s.admin)).toMatchObject({ connected: true, account: { id: second.id } });
    const host = await createUser(s.server);
    const cls = await s.book(host, { title: 'Two admins' });
    expect(s.google.event(CALENDAR, (await s.storedEventId(cls))!)).toMatchObject({ summary: 'Two admins' });
    expect(await s.statusAs(s.admin)).toMatchObject({ connected: true, account: { id: s.admin.id }, lastError: null });
  });
});

describe('connecting the calendar', () => {
  const authorizeUrl = async (query: string): Promise<URL> => {
    const res = await fetch(`${s.server.url}/auth/google${query}`, { redirect: 'manual' });
    return new URL(res.headers.get('location')!);
  };

  it('asks Google for the calendar scope only with ?calendar=true, and keeps granted scopes on every sign-in', async () => {
    const connect = await authorizeUrl('?calendar=true');
    expect(connect.searchParams.get('scope')).toBe(
      'openid email profile https://www.googleapis.com/auth/calendar.events',
    );
    expect(connect.searchParams.get('include_granted_scopes')).toBe('true');
    const plain = await authorizeUrl('');
    expect(plain.searchParams.get('scope')).toBe('openid email profile');
    expect(plain.searchParams.get('include_granted_scopes')).toBe('true');
  });
});

describe('without GOOGLE_CALENDAR_ID', () => {
  it('writes no calendar effect for a booking, and says the integration is not configured', async () => {
    const plain = await startTestServer({}, s.server.db);
    try {
      // Anything written would reach this handler: the unconfigured one drops syncs without a trace.
      const delivered: CalendarSyncPayload[] = [];
      plain.deps.outbox.register(
        defineEffect<CalendarSyncPayload>(GOOGLE_CALENDAR_SYNC, async (_tx, payload) => void delivered.push(payload)),
      );
      const host = await createUser(plain);
      const calls = s.google.calendarCalls.length;
      await plain.client(host.token).ok(BOOK, {
        input: {
          title: 'Off the calendar',
          startsAt: new Date(Date.now() + 24 * HOUR).toISOString(),
          durationMinutes: 30,
          classType: 'GRUPAL',
        },
      });
      expect(s.google.calendarCalls).toHaveLength(calls);
      expect(await s.syncsQueued()).toBe(0);
      expect(delivered).toEqual([]);
      expect(await s.statusAs(s.admin, plain)).toEqual({
        configured: false,
        connected: false,
        calendarId: null,
        disconnectedAt: null,
        lastError: null,
        unsyncedClasses: 0,
        account: null,
      });
    } finally {
      await plain.close();
    }
  });
});
