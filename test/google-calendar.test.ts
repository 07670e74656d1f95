import { eventIdFor } from '../src/modules/google-calendar/google-calendar.event';
import { BOOK, CANCEL, COMPLETE, JOIN, LEAVE, uuid, type ClassData } from './helpers/class-suite';
import { createUser, manager } from './helpers/factories';
import { CALENDAR, STATUS, setUpCalendarSuite } from './helpers/google-calendar-suite';
import { startTestServer } from './helpers/server';
import { waitFor } from './helpers/wait';

// A connected integration: classes become events. Tokens Google refuses: google-calendar-tokens.test.ts.
const s = setUpCalendarSuite();

describe('googleCalendarIntegration', () => {
  it('is configured but not connected until an admin has signed in with Google; admins only', async () => {
    expect(await s.statusAs(s.admin)).toEqual({
      configured: true,
      connected: false,
      calendarId: CALENDAR,
      disconnectedAt: null,
      lastError: null,
      unsyncedClasses: 0,
      account: null,
    });
    const learner = await createUser(s.server);
    expect(await s.server.client(learner.token).refusal(STATUS)).toEqual({ code: 'FORBIDDEN', reason: 'NOT_ALLOWED' });
  });

  it('shows the admin whose Google token writes the calendar once they sign in with Google', async () => {
    await s.signInWithGoogle(s.admin, 'refresh-1');
    expect(await s.statusAs(s.admin)).toMatchObject({
      connected: true,
      disconnectedAt: null,
      lastError: null,
      account: { id: s.admin.id, email: s.admin.user.email },
    });
  });
});

describe('class events', () => {
  it('book → an event on the platform calendar: title, start, end, meeting URL, the host as attendee', async () => {
    const host = await createUser(s.server, { firstName: 'Ada', lastName: 'Lovelace' });
    const cls = await s.book(host);
    const eventId = await s.storedEventId(cls);
    expect(eventId).toBe(`aula${uuid(cls.id).replace(/-/g, '')}`);
    expect(s.google.event(CALENDAR, eventId!)).toMatchObject({
      status: 'confirmed',
      summary: 'Algebra circle',
      location: 'https://meet.example.test/algebra',
      description: expect.stringContaining('https://meet.example.test/algebra'),
      start: { dateTime: cls.startsAt },
      end: { dateTime: cls.endsAt },
      attendees: [{ email: host.user.email, displayName: 'Ada Lovelace', responseStatus: 'accepted' }],
      extendedProperties: { private: { aulaClassId: uuid(cls.id) } },
    });
    expect(s.google.calendarCalls.at(-1)).toMatchObject({
      method: 'POST',
      calendarId: CALENDAR,
      query: { sendUpdates: 'none' },
    });
    expect(s.google.refreshes).toEqual(['refresh-1']);
    expect(await s.syncsQueued()).toBe(0);
  });

  it('join → attendee added; leave → attendee removed', async () => {
    const host = await createUser(s.server);
    const learner = await createUser(s.server);
    const cls = await s.book(host);
    const eventId = (await s.storedEventId(cls))!;
    await s.server.client(learner.token).ok(JOIN, { input: { classId: cls.id } });
    await s.sweep();
    expect(s.attendeesOf(eventId)).toEqual([host.user.email, learner.user.email]);
    expect(s.google.calendarCalls.at(-1)).toMatchObject({ method: 'PATCH', eventId });
    await s.server.client(learner.token).ok(LEAVE, { input: { classId: cls.id } });
    await s.sweep();
    expect(s.attendeesOf(eventId)).toEqual([host.user.email]);
  });

  it('cancel → the event is cancelled', async () => {
    const { host, cls, eventId } = await s.joinedClass();
    await s.server.client(host.token).ok(CANCEL, { input: { classId: cls.id, reason: 'Snow day' } });
    await s.sweep();
    expect(s.google.calendarCalls.at(-1)).toMatchObject({ method: 'DELETE', eventId });
    expect(s.google.event(CALENDAR, eventId)?.status).toBe('cancelled');
  });

  it('complete → the event is left as it is', async () => {
    const { host, learner, cls, eventId } = await s.joinedClass();
    const calls = s.google.calendarCalls.length;
    await s.server.client(s.admin.token).ok(COMPLETE, { input: { classId: cls.id } });
    await s.sweep();
    expect(s.google.calendarCalls).toHaveLength(calls);
    expect(s.google.event(CALENDAR, eventId)).toMatchObject({ status: 'confirmed' });
    expect(s.attendeesOf(eventId)).toEqual([host.user.email, learner.user.email]);
    expect(await s.syncsQueued()).toBe(0);
  });
});

describe('an outage at Google', () => {
  it('keeps the sync queued and retries it (the booking succeeded); the retry creates the event', async () => {
    const host = await createUser(s.server);
    s.google.failures = 1;
    const input = { title: 'Booked during an outage', startsAt: s.inADay(), durationMinutes: 30, classType: 'GRUPAL' };
    const booked = await s.server.client(host.token).ok<{ bookClass: { virtualClass: ClassData } }>(BOOK, { input });
    const cls = booked.bookClass.virtualClass;
    expect(cls.status).toBe('SCHEDULED');
    // Deferred: the answer did not wait for Google; the sync waits for the sweep.
    expect(await s.syncsQueued()).toBe(1);
    await s.server.deps.outbox.sweep(); // one attempt, answered 503
    expect(await s.storedEventId(cls)).toBeNull();
    const [queued]: Array<{ attempts: number; last_error: string }> = await manager(s.server).query(
      `SELECT "attempts", "last_error" FROM "outbox" WHERE "kind" = 'google-calendar.sync'`,
    );
    expect(queued).toMatchObject({ attempts: 1, last_error: 'Google Calendar sync failed: 503 Backend Error' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    await s.server.deps.outbox.sweep();
    const eventId = (await s.storedEventId(cls))!;
    expect(s.google.event(CALENDAR, eventId)).toMatchObject({ summary: 'Booked during an outage' });
    expect(await s.syncsQueued()).toBe(0);
    expect(await s.statusAs(s.admin)).toMatchObject({ connected: true });
  });
});

describe('delivery', () => {
  it("is the running server's outbox sweep, within OUTBOX_POLL_MS of the write", async () => {
    const polling = await startTestServer({ ...s.google.env, OUTBOX_POLL_MS: '50' }, s.server.db);
    try {
      const host = await createUser(polling);
      const input = { title: 'Swept', startsAt: s.inADay(), durationMinutes: 30, classType: 'GRUPAL' };
      const data = await polling.client(host.token).ok<{ bookClass: { virtualClass: ClassData } }>(BOOK, { input });
      const eventId = eventIdFor(uuid(data.bookClass.virtualClass.id));
      await waitFor(async () => s.google.event(CALENDAR, eventId) !== undefined);
      expect(s.google.event(CALENDAR, eventId)).toMatchObject({
        summary: 'Swept',
        attendees: [{ email: host.user.email }],
      });
    } finally {
      await polling.close();
    }
  });
});
