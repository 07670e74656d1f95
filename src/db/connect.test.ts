import type { Database } from './data-source';
import { ConnectFailedError, connectWithRetry, type RetryNotice } from './connect';

/** An error as the pg driver raises it: a socket code, or a SQLSTATE. */
const driverError = (code: string, message: string): Error => Object.assign(new Error(message), { code });
const refused = (): Error => driverError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5439');

/** Databases whose initialize fails with the given errors in turn, then succeeds; counts what was made. */
function databases(failures: Error[]): { create: () => Database; made: () => number; disconnects: () => number } {
  let made = 0;
  let disconnects = 0;
  const create = (): Database => {
    const failure = failures[made];
    made += 1;
    const dataSource = {
      initialize: async (): Promise<void> => {
        if (failure) throw failure;
      },
      driver: {
        disconnect: async (): Promise<void> => {
          disconnects += 1;
        },
      },
    };
    return { dataSource, embedded: false, close: async () => undefined } as unknown as Database;
  };
  return { create, made: () => made, disconnects: () => disconnects };
}

/** A clock that only moves when the code under test sleeps. */
function fakeTime(): { now: () => number; sleep: (ms: number) => Promise<void>; slept: number[] } {
  let time = 0;
  const slept: number[] = [];
  return {
    now: () => time,
    sleep: async (ms) => {
      slept.push(ms);
      time += ms;
    },
    slept,
  };
}

describe('connectWithRetry', () => {
  it('opens at once when the database answers', async () => {
    const db = databases([]);
    const time = fakeTime();
    await connectWithRetry(db.create, { timeoutMs: 30_000, ...time });
    expect(db.made()).toBe(1);
    expect(time.slept).toEqual([]);
  });

  it('tries an unreachable server again with a fresh data source and a growing pause, then opens', async () => {
    const db = databases([refused(), refused(), driverError('57P03', 'the database system is starting up')]);
    const time = fakeTime();
    const notices: RetryNotice[] = [];
    await connectWithRetry(db.create, { timeoutMs: 30_000, onRetry: (n) => notices.push(n), ...time });
    expect(db.made()).toBe(4);
    expect(db.disconnects()).toBe(3);
    expect(time.slept).toEqual([250, 500, 1000]);
    expect(notices.map((n) => n.attempt)).toEqual([1, 2, 3]);
  });

  it('gives up once the timeout has passed, saying how often and how long it tried', async () => {
    const db = databases(Array.from({ length: 100 }, refused));
    const time = fakeTime();
    const error = await connectWithRetry(db.create, { timeoutMs: 10_000, ...time }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectFailedError);
    // 250 + 500 + 1000 + 2000 + 4000, then what is left of the 10 s.
    expect(time.slept).toEqual([250, 500, 1000, 2000, 4000, 2250]);
    expect((error as ConnectFailedError).message).toBe(
      'connect ECONNREFUSED 127.0.0.1:5439; gave up after 7 attempts in 10.0 s',
    );
  });

  it.each([
    ['a refused password', driverError('28P01', 'password authentication failed for user "aula"')],
    ['a missing database', driverError('3D000', 'database "aula" does not exist')],
    ['an error without a code', new Error('self-signed certificate')],
  ])('fails at once on %s: waiting would not help', async (_name, failure) => {
    const db = databases([failure]);
    const time = fakeTime();
    const error = await connectWithRetry(db.create, { timeoutMs: 30_000, ...time }).catch((e: unknown) => e);
    expect(db.made()).toBe(1);
    expect(time.slept).toEqual([]);
    expect((error as ConnectFailedError).message).toBe(failure.message);
    expect((error as ConnectFailedError).cause).toBe(failure);
  });

  it('tries once with a timeout of 0', async () => {
    const db = databases([refused(), refused()]);
    const error = await connectWithRetry(db.create, { timeoutMs: 0, ...fakeTime() }).catch((e: unknown) => e);
    expect(db.made()).toBe(1);
    expect((error as Error).message).toBe('connect ECONNREFUSED 127.0.0.1:5439');
  });
});
