import { createHash } from 'node:crypto';
import { sync as ical, type ParameterValue, type VEvent } from 'node-ical';
import { Role } from '../src/modules/role/role';
import { User, UserStatus } from '../src/modules/user/user.entity';
import { createUser, manager, type UserWithToken } from './helpers/factories';
import { HOUR, insertClass } from './helpers/class-factories';
import { BOOK, CANCEL, JOIN, uuid, type ClassData } from './helpers/class-suite';
import { startTestServer, type TestServer } from './helpers/server';

const PUBLIC_URL = 'https://aula.example.test';
const DAY = 24 * HOUR;
const FEED_URL = /^https:\/\/aula\.example\.test\/calendar\/[A-Za-z0-9_-]{43}\.ics$/;
const ICS_FEED_URL = '{ viewer { id icsFeedUrl } }';
const ROTATE = 'mutation { rotateIcsFeedUrl { icsFeedUrl viewer { id icsFeedUrl } } }';
const MY_CLASSES = `{ viewer { activities(first: 50) { nodes { rol
  virtualClass { id title status startsAt endsAt meetingUrl } } } } }`;

interface Fetched {
  status: number;
  body: string;
  etag: string | null;
  headers: Headers;
}

let server: TestServer;
let admin: UserWithToken;

beforeAll(async () => {
  server = await startTestServer({ PUBLIC_URL });
  admin = await createUser(server, { roles: [Role.ADMIN] });
});
afterAll(() => server.close());

const rotate = async (as: UserWithToken): Promise<string> =>
  (await server.client(as.token).ok<{ rotateIcsFeedUrl: { icsFeedUrl: string } }>(ROTATE)).rotateIcsFeedUrl.icsFeedUrl;

/** GETs a feed address from this test server (the address names PUBLIC_URL, which is not where it listens). */
async function fetchFeed(url: string, ifNoneMatch?: string): Promise<Fetched> {
  const res = await fetch(`${server.url}${new URL(url).pathname}`, {
    headers: ifNoneMatch ? { 'if-none-match': ifNoneMatch } : {},
  });
  return { status: res.status, body: await res.text(), etag: res.headers.get('etag'), headers: res.headers };
}

/** The feed's events by UID, as an independent parser reads them. */
function eventsOf(body: string): Map<string, VEvent> {
  const parsed = ical.parseICS(body);
  return new Map(
    Object.values(parsed)
      .filter((c): c is VEvent => c?.type === 'VEVENT')
      .map((e) => [e.uid, e]),
  );
}

const book = async (as: UserWithToken, over: Record<string, unknown> = {}): Promise<ClassData> => {
  const input = {
    title: 'Group study',
    startsAt: new Date(server.deps.clock().getTime() + DAY).toISOString(),
    durationMinutes: 60,
    classType: 'GRUPAL',
    ...over,
  };
  return (await server.client(as.token).ok<{ bookClass: { virtualClass: ClassData } }>(BOOK, { input })).bookClass
    .virtualClass;
};
const join = (as: UserWithToken, classId: string): Promise<unknown> =>
  server.client(as.token).ok(JOIN, { input: { classId } });
/** iCalendar times have whole seconds: the API's milliseconds are cut off. */
const toSecond = (iso: string): number => Math.floor(new Date(iso).getTime() / 1000) * 1000;
/** A property's text, whether the parser gives it bare or with its parameters (`URL;VALUE=URI:…`). */
const text = (value: ParameterValue | undefined): string | undefined => (typeof value === 'object' ? value.val : value);
const urlOf = (e: VEvent): string | undefined => text(e.url as ParameterValue | undefined);

describe('User.icsFeedUrl and rotateIcsFeedUrl', () => {
  it('is null until rotateIcsFeedUrl issues one, then the same address on every read', async () => {
    const learner = await createUser(server);
    const before = await server.client(learner.token).ok<{ viewer: { icsFeedUrl: string | null } }>(ICS_FEED_URL);
    expect(before.viewer.icsFeedUrl).toBeNull();
    const url = await rotate(learner);
    expect(url).toMatch(FEED_URL);
    for (let i = 0; i < 2; i++) {
      const read = await server.client(learner.token).ok<{ viewer: { icsFeedUrl: string } }>(ICS_FEED_URL);
      expect(read.viewer.icsFeedUrl).toBe(url);
    }
  });

  it("is the owner's alone: an admin or another user gets FORBIDDEN at the field, and the rest of the user", async () => {
    const owner = await createUser(server);
    await rotate(owner);
    const other = await createUser(server);
    const query = `query ($id: ID!) { user(id: $id) { id displayName icsFeedUrl } }`;
    for (const who of [admin, other]) {
      const res = await server.client(who.token).request<{ user: { displayName: string; icsFeedUrl: null } }>(query, {
        id: owner.id,
      });
      expect(res.data?.user).toMatchObject({ displayName: 'Test User', icsFeedUrl: null });
      expect(res.errors).toEqual([
        expect.objectContaining({
          path: ['user', 'icsFeedUrl'],
          extensions: expect.objectContaining({ code: 'FORBIDDEN', reason: 'NOT_ALLOWED' }),
        }),
      ]);
    }
  });

  it('stores only a hash and a sealed copy of the token, and audits the rotation without either', async () => {
    const learner = await createUser(server);
    const token = /\/calendar\/(.+)\.ics$/.exec(await rotate(learner))![1]!;
    const [row] = await manager(server).query(
      `SELECT "token_hash", "token_sealed" FROM "ics_feeds" WHERE "user_id" = $1`,
      [learner.user.id],
    );
    expect(row.token_hash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(row.token_sealed).not.toContain(token);
    const audits = await manager(server).query(
      `SELECT "action", "actor_id", "target_id", "before", "after" FROM "audit_logs" WHERE "actor_id" = $1`,
      [learner.user.id],
    );
    expect(audits).toEqual([
      {
        action: 'calendar.feed_url_rotated',
        actor_id: learner.user.id,
        target_id: learner.user.id,
        before: null,
        after: null,
      },
    ]);
  });

  it('refuses anonymous callers with UNAUTHENTICATED', async () => {
    expect(await server.client().errorCode(ROTATE)).toBe('UNAUTHENTICATED');
  });
});

describe('GET /calendar/<token>.ics', () => {
  it('serves the classes the user hosts and joined, recent and upcoming, as the API shows them', async () => {
    const host = await createUser(server);
    const learner = await createUser(server);
    const joined = await book(host, { title: 'Grammar: conditionals', meetingUrl: 'https://meet.example.test/abc' });
    await join(learner, joined.id);
    const hosted = await book(learner, { title: 'Reading club', durationMinutes: 90 });
    await book(host, { title: 'Not for the learner' });
    const now = server.deps.clock().getTime();
    const recent = await insertClass(server, {
      hostId: host.user.id,
      participantIds: [learner.user.id],
      startsAt: new Date(now - 10 * DAY),
    });
    await insertClass(server, {
      hostId: host.user.id,
      participantIds: [learner.user.id],
      startsAt: new Date(now - 40 * DAY),
    });

    const feed = await fetchFeed(await rotate(learner));
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(feed.headers.get('cache-control')).toBe('private, max-age=300');
    expect(feed.headers.get('set-cookie')).toBeNull();

    const api = await server.client(learner.token).ok<{
      viewer: { activities: { nodes: Array<{ rol: string; virtualClass: ClassData }> } };
    }>(MY_CLASSES);
    const expected = api.viewer.activities.nodes
      .map((n) => n.virtualClass)
      .filter((c) => new Date(c.startsAt).getTime() >= now - 30 * DAY);
    expect(expected.map((c) => c.id).sort()).toEqual([joined.id, hosted.id, recent.id].sort());

    const events = eventsOf(feed.body);
    expect([...events.keys()].sort()).toEqual(expected.map((c) => `${uuid(c.id)}@aula`).sort());
    for (const cls of expected) {
      const event = events.get(`${uuid(cls.id)}@aula`)!;
      expect(text(event.summary)).toBe(cls.title);
      expect(event.start.getTime()).toBe(toSecond(cls.startsAt));
      expect(event.end?.getTime()).toBe(toSecond(cls.endsAt));
      expect(urlOf(event)).toBe(cls.meetingUrl ?? undefined);
      expect(event.status).toBe('CONFIRMED');
      expect(event.sequence).toBe(0);
    }
    expect(text(events.get(`${uuid(hosted.id)}@aula`)!.description)).toContain('You host this class.');
    expect(text(events.get(`${uuid(joined.id)}@aula`)!.description)).toContain('You joined this class.');
  });

  it('answers 304 to its ETag, then 200 with SEQUENCE bumped and STATUS:CANCELLED once the class is cancelled', async () => {
    const host = await createUser(server);
    const learner = await createUser(server);
    const cls = await book(host, { title: 'Pronunciation' });
    await join(learner, cls.id);
    const url = await rotate(learner);
    const uid = `${uuid(cls.id)}@aula`;

    const first = await fetchFeed(url);
    expect(first.status).toBe(200);
    expect(first.etag).toMatch(/^W\/"[A-Za-z0-9_-]{43}"$/);
    const second = await fetchFeed(url, first.etag!);
    expect(second).toMatchObject({ status: 304, body: '', etag: first.etag });

    await server.client(host.token).ok(CANCEL, { input: { classId: cls.id, reason: 'Teacher is ill' } });
    const third = await fetchFeed(url, first.etag!);
    expect(third.status).toBe(200);
    expect(third.etag).not.toBe(first.etag);
    const before = eventsOf(first.body).get(uid)!;
    const after = eventsOf(third.body).get(uid)!;
    expect(after.sequence).toBe(Number(before.sequence) + 1);
    expect(after.status).toBe('CANCELLED');
    expect(text(after.description)).toContain('Cancelled: Teacher is ill');
    expect(text(after.summary)).toBe(text(before.summary));
  });

  it('bumps SEQUENCE when the time changes, not when somebody takes a seat', async () => {
    const host = await createUser(server);
    const cls = await book(host);
    const url = await rotate(host);
    const uid = `${uuid(cls.id)}@aula`;
    const sequence = async (): Promise<number> => Number(eventsOf((await fetchFeed(url)).body).get(uid)!.sequence);
    expect(await sequence()).toBe(0);
    await join(await createUser(server), cls.id);
    expect(await sequence()).toBe(0);
    // The API has no edit of a class's time yet; every writer of the table bumps it the same way.
    await manager(server).query(
      `UPDATE "virtual_classes" SET "starts_at" = "starts_at" + interval '1 hour' WHERE "id" = $1`,
      [uuid(cls.id)],
    );
    const event = eventsOf((await fetchFeed(url)).body).get(uid)!;
    expect(event.sequence).toBe(1);
    expect(event.start.getTime()).toBe(toSecond(cls.startsAt) + HOUR);
  });

  it('stops answering the old address after rotateIcsFeedUrl (404), and answers the new one', async () => {
    const learner = await createUser(server);
    const old = await rotate(learner);
    expect((await fetchFeed(old)).status).toBe(200);
    const fresh = await rotate(learner);
    expect(fresh).not.toBe(old);
    expect((await fetchFeed(old)).status).toBe(404);
    expect((await fetchFeed(fresh)).status).toBe(200);
  });

  it("answers 404 alike to a malformed or unknown token and to a suspended user's", async () => {
    const suspended = await createUser(server);
    const url = await rotate(suspended);
    await manager(server).update(User, { id: suspended.user.id }, { status: UserStatus.SUSPENDED });
    const unknown = `${PUBLIC_URL}/calendar/${'A'.repeat(43)}.ics`;
    const answers = await Promise.all([url, unknown, `${PUBLIC_URL}/calendar/short.ics`].map((u) => fetchFeed(u)));
    for (const answer of answers) {
      expect(answer).toMatchObject({ status: 404, body: 'Not found', etag: null });
      expect(answer.headers.get('cache-control')).toBe('no-store');
    }
  });
});
