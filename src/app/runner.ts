import { requireActor, type Caller } from '../auth/actor';
import type { UseCase } from '../common/outcome';
import type { Context } from './context';
import type { AppDeps } from './deps';

/**
 * Runs a write use case the one way every write runs: in a transaction of its own, with the
 * outcome's effects written to the outbox in that same transaction; after the commit the effects
 * are delivered (a failing effect is retried later, never turned into an error for the client).
 */
export async function execute<C, T, A extends Caller>(
  deps: AppDeps,
  caller: A,
  useCase: UseCase<C, T, A>,
  command: C,
): Promise<T> {
  const { value, effectIds } = await deps.database.dataSource.transaction(async (tx) => {
    const outcome = await useCase(tx, caller, command);
    return { value: outcome.value, effectIds: await deps.outbox.enqueue(tx, outcome.effects) };
  });
  await deps.outbox.deliver(effectIds);
  return value;
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
  }
}

/** Like `run`, for the writes an anonymous caller may make (signing in). */
export async function runAsCaller<C, T>(ctx: Context, useCase: UseCase<C, T, Caller>, command: C): Promise<T> {
  try {
    return await execute(ctx.deps, ctx.actor, useCase, command);
  } finally {
    forgetLoaded(ctx.loaders);
  }
}
