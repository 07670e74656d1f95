import { encryptionKey } from '../../src/auth/crypto';
import { signIn } from '../../src/auth/sign-in.service';
import { Role } from '../../src/modules/role/role';
import { AuthProvider } from '../../src/modules/user/account.entity';
import { VirtualClass } from '../../src/modules/virtual-class/virtual-class.entity';
import { HOUR } from './class-factories';
import { BOOK, JOIN, uuid, type ClassData } from './class-suite';
import { createUser, manager, type UserWithToken } from './factories';
import { startGoogleCalendarMock, type GoogleCalendarMock } from './google-calendar-mock';
import { startTestServer, type TestServer } from './server';

export const CALENDAR = 'aula-classes@group.calendar.google.com';
export const STATUS = `{ googleCalendarIntegration {
  configured connected calendarId disconnectedAt lastError unsyncedClasses account { id email }
} }`;

export interface Status {
  configured: boolean;
  connected: boolean;
  calendarId: string | null;
  disconnectedAt: string | null;
  lastError: string | null;
  account: { id: string; email: string } | null;
  unsyncedClasses: number;
}

/**
 * One Calendar test file's world: a stand-in for Google's token endpoint and Calendar v3, a server
 * pointed at it with CALENDAR as GOOGLE_CALENDAR_ID, an admin, and the steps the tests repeat.
 * `setUpCalendarSuite()` fills it in `beforeAll` and closes both in `afterAll`.
 */
export class CalendarSuite {
  google!: GoogleCalendarMock;
  server!: TestServer;
  admin!: UserWithToken;

  /** Signs `who` in with Google through the real sign-in use case, which stores an admin's refresh token. */
  async signInWithGoogle(who: UserWithToken, refreshToken: string): Promise<void> {
    const caller = {
      userId: null,
      roles: [],
      now: this.server.deps.clock(),
      requestId: null,
      ip: null,
      userAgent: null,
    };
    await manager(this.server).transaction((tx) =>
      signIn(tx, caller, {
        profile: {
          email: who.user.email,
          provider: AuthProvider.GOOGLE,
          providerAccountId: `g-${who.user.id}`,
          refreshToken,
        },
        ownerEmails: [],
        encryptionKey: encryptionKey(this.server.env.TOKEN_ENCRYPTION_KEY),
      }),
    );
  }

  async statusAs(who: UserWithToken, server = this.server): Promise<Status> {
    return (await server.client(who.token).ok<{ googleCalendarIntegration: Status }>(STATUS)).googleCalendarIntegration;
  }

  inADay(): string {
    return new Date(this.server.deps.clock().getTime() + 24 * HOUR).toISOString();
  }

  /** Books a 90-minute GRUPAL class a day from now as `host` (fields overridable), then sweeps. */
  async book(host: UserWithToken, over: Record<string, unknown> = {}): Promise<ClassData> {
    const input = {
      title: 'Algebra circle',
      startsAt: this.inADay(),
      durationMinutes: 90,
      classType: 'GRUPAL',
      meetingUrl: 'https://meet.example.test/algebra',
      ...over,
    };
    const data = await this.server.client(host.token).ok<{ bookClass: { virtualClass: ClassData } }>(BOOK, { input });
    await this.sweep();
    return data.bookClass.virtualClass;
  }

  /** A class booked by a new host and joined by a new learner, with its event on the calendar. */
  async joinedClass(): Promise<{ host: UserWithToken; learner: UserWithToken; cls: ClassData; eventId: string }> {
    const host = await createUser(this.server);
    const learner = await createUser(this.server);
    const cls = await this.book(host);
    await this.server.client(learner.token).ok(JOIN, { input: { classId: cls.id } });
    await this.sweep();
    return { host, learner, cls, eventId: (await this.storedEventId(cls))! };
  }

  /** Calendar syncs are deferred effects: the outbox's sweep delivers them (the tests run it themselves). */
  async sweep(): Promise<void> {
    for (let i = 0; i < 5 && (await this.server.deps.outbox.sweep()) > 0; i++);
  }

  async storedEventId(cls: ClassData): Promise<string | null> {
    return (await manager(this.server).findOneByOrFail(VirtualClass, { id: uuid(cls.id) })).googleEventId;
  }

  attendeesOf(eventId: string): string[] {
    return (this.google.event(CALENDAR, eventId)?.attendees ?? []).map((a) => a.email);
  }

  async syncsQueued(): Promise<number> {
    const [row] = await manager(this.server).query(
      `SELECT count(*) AS n FROM "outbox" WHERE "kind" = 'google-calendar.sync'`,
    );
    return Number(row.n);
  }
}

export function setUpCalendarSuite(): CalendarSuite {
  const suite = new CalendarSuite();
  beforeAll(async () => {
    suite.google = await startGoogleCalendarMock(CALENDAR);
    // Retries due at once: the tests sweep the outbox themselves.
    suite.server = await startTestServer({ ...suite.google.env, OUTBOX_RETRY_MS: '1' });
    suite.admin = await createUser(suite.server, { roles: [Role.ADMIN] });
  });
  afterAll(async () => {
    await suite.server?.close();
    await suite.google?.close();
  });
  return suite;
}
