import { requireActor, type Caller } from '../auth/actor';
import type { UseCase } from '../common/outcome';
import { CommonReason, ConflictError } from '../errors/app-error';
import { isTransientConflict } from '../errors/db-errors';
import { routeReads } from '../db/read-routing';
import type { Context } from './context';
import type { AppDeps } from './deps';
import { takeRaised, type Queued } from './outbox/raise';

/** A transaction rolled back by a deadlock or a serialization failure runs again, this many times in all. */
export const WRITE_ATTEMPTS = 5;

/** A short random pause before running a rolled-back transaction again, longer after each attempt. */
const backoff = (attempt: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * 2 ** attempt));

/**
 * Runs a write use case the one way every write runs: in a transaction of its own, with the
 * outcome's effects written to the outbox in that same transaction; after the commit the effects
 * are delivered (a failing effect is retried later, never turned into an error for the client).
 * A transaction the database rolled back to resolve a deadlock or a serialization failure wrote
 * nothing, so it is run again, up to WRITE_ATTEMPTS times, then answered CONFLICT (CONTENDED).
 */
export async function execute<C, T, A extends Caller>(
  deps: AppDeps,
  caller: A,
  useCase: UseCase<C, T, A>,
  command: C,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    let committed: { value: T; queued: Queued[] };
    try {
      committed = await deps.database.dataSource.transaction(async (tx) => {
        const outcome = await useCase(tx, caller, command);
        const queued = await deps.outbox.enqueue(tx, outcome.effects);
        // Raised effects were written while the use case ran, before the returned ones: id order.
        return { value: outcome.value, queued: [...takeRaised(tx), ...queued] };
      });
    } catch (error) {
      if (!isTransientConflict(error)) throw error;
      if (attempt >= WRITE_ATTEMPTS) {
        throw new ConflictError(CommonReason.CONTENDED, 'Too many concurrent changes to the same records; try again');
      }
      await backoff(attempt);
      continue;
    }
    await deps.outbox.deliver(committed.queued);
    return committed.value;
  }
}

/** Forgets everything a request's loaders hold, so what resolves after a write reads the committed state. */
export function forgetLoaded(loaders: object): void {
  for (const loader of Object.values(loaders)) (loader as { clearAll(): unknown }).clearAll();
}

/**
 * A mutation's write, as the request's signed-in actor (UNAUTHENTICATED when anonymous). After it
 * (and its effects), the request's loaders are emptied: a write can change any derived value
 * (counts, pages, badges, totals), so the payload, and every later field of the operation, is
 * read fresh instead of from what was cached before the write.
 */
export async function run<C, T>(ctx: Context, useCase: UseCase<C, T>, command: C): Promise<T> {
  try {
    return await execute(ctx.deps, requireActor(ctx.actor), useCase, command);
  } finally {
    forgetLoaded(ctx.loaders);
    routeReads(ctx.db, 'primary'); // read-your-writes: a replica may not have the commit yet
  }
}

/** Like `run`, for the writes an anonymous caller may make (signing in). */
export async function runAsCaller<C, T>(ctx: Context, useCase: UseCase<C, T, Caller>, command: C): Promise<T> {
  try {
    return await execute(ctx.deps, ctx.actor, useCase, command);
  } finally {
    forgetLoaded(ctx.loaders);
    routeReads(ctx.db, 'primary'); // read-your-writes: a replica may not have the commit yet
  }
}
