import { Outbox } from '../src/app/outbox/outbox';
import { defineEffect, type EffectPayload, type EffectType } from '../src/common/outcome';
import { createDatabase } from '../src/db/data-source';
import { MentorshipStatus } from '../src/modules/mentorship/mentorship.entity';
import pino from 'pino';
import { realPostgres } from './helpers/database';
import { manager } from './helpers/factories';
import { badgesOf, createPair, type Pair } from './helpers/mentorship-factories';
import { startTestServer, type TestServer } from './helpers/server';
import { waitFor } from './helpers/wait';

const pgIt = realPostgres() ? it : it.skip;
const FAST = { OUTBOX_POLL_MS: '50', OUTBOX_RETRY_MS: '20' };
const ACCEPT = `mutation ($id: ID!) {
  respondToMentorship(input: { mentorshipId: $id, accept: true }) { mentorship { status } }
}`;

/** Accepts the pair's PENDING request as the mentor; the write must succeed whatever its effects do. */
async function accept(server: TestServer, pair: Pair): Promise<void> {
  const data = await server
    .client(pair.mentor.token)
    .ok<{ respondToMentorship: { mentorship: { status: string } } }>(ACCEPT, { id: pair.id });
  expect(data.respondToMentorship.mentorship.status).toBe('ACTIVE');
}

async function badgeRows(server: TestServer, userId: string): Promise<{ earned: number; notified: number }> {
  const [row]: Array<{ earned: number; notified: number }> = await manager(server).query(
    `SELECT (SELECT count(*)::int FROM earned_badges WHERE user_id = $1) AS earned,
            (SELECT count(*)::int FROM notifications WHERE recipient_id = $1 AND kind = 'BADGE_EARNED') AS notified`,
    [userId],
  );
  return row;
}

const pendingEffects = async (server: TestServer): Promise<number> =>
  Number((await manager(server).query(`SELECT count(*)::int AS n FROM outbox`))[0].n);

/** Replaces the badge handler with one that fails `times` times, then delegates to the real one; returns the failures so far. */
function failBadges(server: TestServer, times: number): () => number {
  const real = server.deps.outbox.handlerOf('badges.award')!;
  let left = times;
  server.deps.outbox.register({
    ...real,
    handle: async (tx, payload, id) => {
      if (left > 0) {
        left -= 1;
        throw new Error('badge store unavailable');
      }
      return real.handle(tx, payload, id);
    },
  });
  return () => times - left;
}

describe('effects of a committed write', () => {
  it('keeps the write when its badge effect fails once; the badge arrives on the retry, exactly once', async () => {
    const server = await startTestServer(FAST);
    try {
      const pair = await createPair(server, MentorshipStatus.PENDING);
      const failures = failBadges(server, 1);
      await accept(server, pair);
      // One of the two awards (whichever was delivered first) failed; the retry delivers it.
      for (const member of [pair.mentor, pair.mentee]) {
        await waitFor(async () => (await badgesOf(server, member.user.id)).length > 0);
        expect(await badgesOf(server, member.user.id)).toEqual(['FIRST_MENTORSHIP_STARTED']);
      }
      await waitFor(async () => (await pendingEffects(server)) === 0);
      expect(failures()).toBe(1);
      expect(await badgeRows(server, pair.mentor.user.id)).toEqual({ earned: 1, notified: 1 });
      expect(await badgeRows(server, pair.mentee.user.id)).toEqual({ earned: 1, notified: 1 });
    } finally {
      await server.close();
    }
  });

  it('delivers on the next start what a process left undelivered between commit and delivery', async () => {
    const first = await startTestServer({ OUTBOX_POLL_MS: '0' });
    const pair = await createPair(first, MentorshipStatus.PENDING);
    // As if the process died right after the commit: nothing is delivered, and no sweep runs.
    first.deps.outbox.deliver = async () => undefined;
    await accept(first, pair);
    // Two badge awards, the mentee's notification event and the mentorship's change event.
    expect(await pendingEffects(first)).toBe(4);
    expect(await badgesOf(first, pair.mentor.user.id)).toEqual([]);
    await first.server.stop();

    const second = await startTestServer(FAST, first.db);
    try {
      await waitFor(async () => (await pendingEffects(second)) === 0);
      expect(await badgeRows(second, pair.mentor.user.id)).toEqual({ earned: 1, notified: 1 });
      expect(await badgeRows(second, pair.mentee.user.id)).toEqual({ earned: 1, notified: 1 });
    } finally {
      await second.close();
      await first.db.drop();
    }
  });

  it('parks an effect that keeps failing, with its error, and never fails the write', async () => {
    const server = await startTestServer({ ...FAST, OUTBOX_MAX_ATTEMPTS: '3' });
    try {
      const pair = await createPair(server, MentorshipStatus.PENDING);
      failBadges(server, Number.POSITIVE_INFINITY);
      await accept(server, pair);
      const parked = async (): Promise<Array<{ attempts: number; last_error: string }>> =>
        manager(server).query(`SELECT attempts, last_error FROM outbox WHERE failed_at IS NOT NULL`);
      await waitFor(async () => (await parked()).length === 2);
      expect(await parked()).toEqual([
        { attempts: 3, last_error: 'badge store unavailable' },
        { attempts: 3, last_error: 'badge store unavailable' },
      ]);
      expect(await badgesOf(server, pair.mentor.user.id)).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it('writes no effect for a write that rolls back', async () => {
    const server = await startTestServer(FAST);
    try {
      const pair = await createPair(server, MentorshipStatus.DECLINED);
      const res = await server.client(pair.mentor.token).request(ACCEPT, { id: pair.id });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'MENTORSHIP_NOT_PENDING' });
      expect(await pendingEffects(server)).toBe(0);
      expect(await badgesOf(server, pair.mentor.user.id)).toEqual([]);
    } finally {
      await server.close();
    }
  });

  pgIt(
    'is delivered once by two instances sweeping the same outbox at the same time (needs real PostgreSQL: PGlite has one connection, so nothing runs concurrently)',
    async () => {
      const server = await startTestServer({ OUTBOX_POLL_MS: '0' });
      const url = server.db.url!;
      const delivered: string[] = [];
      const counting: EffectType<{ n: number }> = defineEffect<{ n: number }>('test.count', async (tx, { n }) => {
        await tx.query('SELECT pg_sleep(0.002)');
        delivered.push(String(n));
      });
      const logger = pino({ level: 'silent' });
      const sources = [createDatabase({ url, poolSize: 4 }), createDatabase({ url, poolSize: 4 })];
      try {
        await Promise.all(sources.map((s) => s.dataSource.initialize()));
        const types = [counting as unknown as EffectType<EffectPayload>];
        const options = { pollMs: 0, retryMs: 10, maxAttempts: 5 };
        const [a, b] = sources.map((s) => new Outbox(s.dataSource, types, logger, options));
        await sources[0].dataSource.transaction((tx) =>
          a.enqueue(
            tx,
            Array.from({ length: 60 }, (_, n) => counting.of({ n })),
          ),
        );
        const sweeps = await Promise.all([a.sweep(), b.sweep(), a.sweep(), b.sweep()]);
        expect(sweeps.reduce((x, y) => x + y, 0)).toBe(60);
        expect(delivered).toHaveLength(60);
        expect(new Set(delivered).size).toBe(60);
        expect(await pendingEffects(server)).toBe(0);
      } finally {
        await Promise.all(sources.map((s) => s.close()));
        await server.close();
      }
    },
  );

  pgIt(
    "delivers a stream's effects in the order written, once each, however many instances deliver it (needs real PostgreSQL: PGlite has one connection, so nothing runs concurrently)",
    async () => {
      const server = await startTestServer({ OUTBOX_POLL_MS: '0' });
      const url = server.db.url!;
      const delivered: number[] = [];
      let written = 0;
      const ordered = defineEffect<{ n: number }>('test.ordered', async (tx, { n }) => {
        await tx.query('SELECT pg_sleep(0.001)');
        delivered.push(n);
      });
      const logger = pino({ level: 'silent' });
      const sources = [createDatabase({ url, poolSize: 4 }), createDatabase({ url, poolSize: 4 })];
      try {
        await Promise.all(sources.map((s) => s.dataSource.initialize()));
        const types = [ordered as unknown as EffectType<EffectPayload>];
        const options = { pollMs: 0, retryMs: 10, maxAttempts: 5 };
        const [a, b] = sources.map((s) => new Outbox(s.dataSource, types, logger, options));
        // Ten writers of one stream, each delivering what it wrote right after its commit, on either instance.
        await Promise.all(
          Array.from({ length: 10 }, async (_, w) => {
            const outbox = w % 2 ? a : b;
            const queued = await sources[w % 2].dataSource.transaction(async (tx) => {
              // The stream's writers take turns on a lock of their own, as the thread's writers do.
              await tx.query(`SELECT pg_advisory_xact_lock(42)`);
              return outbox.enqueue(tx, [{ ...ordered.of({ n: written++ }), stream: 'test' }]);
            });
            await outbox.deliver(queued);
          }),
        );
        await Promise.all([a.sweep(), b.sweep()]);
        expect(delivered).toEqual(Array.from({ length: 10 }, (_, n) => n));
        expect(await pendingEffects(server)).toBe(0);
      } finally {
        await Promise.all(sources.map((s) => s.close()));
        await server.close();
      }
    },
  );

  it('holds back the rest of a stream behind an effect that fails, then delivers all of it in order', async () => {
    const server = await startTestServer(FAST);
    try {
      const delivered: number[] = [];
      let failures = 2;
      const flaky = defineEffect<{ n: number }>('test.flaky', async (_tx, { n }) => {
        if (n === 1 && failures > 0) {
          failures -= 1;
          throw new Error('not now');
        }
        delivered.push(n);
      });
      server.deps.outbox.register(flaky as unknown as EffectType<EffectPayload>);
      const queued = await server.db.database.dataSource.transaction((tx) =>
        server.deps.outbox.enqueue(
          tx,
          [0, 1, 2, 3].map((n) => ({ ...flaky.of({ n }), stream: 'flaky' })),
        ),
      );
      await server.deps.outbox.deliver(queued);
      expect(delivered).toEqual([0]);
      await waitFor(async () => (await pendingEffects(server)) === 0);
      expect(delivered).toEqual([0, 1, 2, 3]);
    } finally {
      await server.close();
    }
  });
});
