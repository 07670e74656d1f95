import { systemCaller } from '../../src/auth/actor';
import { execute, WRITE_ATTEMPTS } from '../../src/app/runner';
import { done, type UseCase } from '../../src/common/outcome';
import { ConflictError } from '../../src/errors/app-error';
import { startTestServer, type TestServer } from '../helpers/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  await server.deps.database.dataSource.query('CREATE TABLE retry_marks (attempt int NOT NULL)');
});
afterAll(() => server.close());

const caller = () => systemCaller(new Date(), 'test');
const marks = async (): Promise<number[]> =>
  (await server.deps.database.dataSource.query('SELECT attempt FROM retry_marks ORDER BY attempt')).map(
    (r: { attempt: number }) => r.attempt,
  );

/** A write that records its attempt, then fails the way PostgreSQL ends a deadlocked transaction, `failures` times. */
function deadlocking(failures: number): {
  useCase: UseCase<void, number, ReturnType<typeof caller>>;
  attempts: () => number;
} {
  let attempts = 0;
  return {
    attempts: () => attempts,
    useCase: async (tx) => {
      attempts += 1;
      await tx.query('INSERT INTO retry_marks (attempt) VALUES ($1)', [attempts]);
      if (attempts <= failures) throw Object.assign(new Error('deadlock detected'), { code: '40P01' });
      return done(attempts);
    },
  };
}

beforeEach(() => server.deps.database.dataSource.query('DELETE FROM retry_marks'));

describe('the write runner and transactions the database rolled back', () => {
  it('runs a deadlocked transaction again; only the attempt that committed left rows', async () => {
    const write = deadlocking(2);
    expect(await execute(server.deps, caller(), write.useCase, undefined)).toBe(3);
    expect(await marks()).toEqual([3]);
  });

  it(`gives up after ${WRITE_ATTEMPTS} attempts with CONFLICT (CONTENDED), having written nothing`, async () => {
    const write = deadlocking(Number.POSITIVE_INFINITY);
    const error = await execute(server.deps, caller(), write.useCase, undefined).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).extensions).toMatchObject({ code: 'CONFLICT', reason: 'CONTENDED' });
    expect(write.attempts()).toBe(WRITE_ATTEMPTS);
    expect(await marks()).toEqual([]);
  });

  it('does not retry other failures', async () => {
    let attempts = 0;
    const failing: UseCase<void, never, ReturnType<typeof caller>> = async () => {
      attempts += 1;
      throw Object.assign(new Error('duplicate key'), { code: '23505' });
    };
    await expect(execute(server.deps, caller(), failing, undefined)).rejects.toThrow('duplicate key');
    expect(attempts).toBe(1);
  });
});
