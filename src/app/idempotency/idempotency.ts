import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../auth/actor';
import { done, type EffectPayload, type UseCase } from '../../common/outcome';
import { CommonReason, ConflictError, NotFoundError } from '../../errors/app-error';

/** How long a key names the same request. */
export const KEY_LIFETIME_MS = 24 * 3600 * 1000;

/** How a write's result is kept under its key (ids only) and read back for a retry. */
export interface Replay<T> {
  /** The mutation's name; a key used with another one is refused. */
  operation: string;
  save(value: T): EffectPayload;
  load(tx: EntityManager, saved: EffectPayload): Promise<T>;
}

/** A command that may carry the client's idempotency key. */
export type Keyed<C> = C & { clientMutationId?: string | null };

interface Claimed {
  operation: string;
  request_hash: string;
  result: EffectPayload | null;
}

/**
 * The use case, made safe to retry: with a `clientMutationId`, the first request claims the key in
 * its transaction and stores what it produced; a later one with the same key (by the same user,
 * within a day) writes nothing and returns that result. A concurrent retry waits on the claim and
 * then replays; a write that rolls back releases its key. The same key with another input or
 * mutation is CONFLICT (IDEMPOTENCY_KEY_REUSED).
 */
export function idempotent<C extends object, T>(replay: Replay<T>, useCase: UseCase<C, T>): UseCase<Keyed<C>, T> {
  return async (tx, actor, keyed) => {
    const { clientMutationId: key, ...rest } = keyed;
    const command = rest as unknown as C;
    if (!key) return useCase(tx, actor, command);
    const requestHash = createHash('sha256').update(JSON.stringify(command)).digest('hex');
    const first = await claim(tx, actor, key, replay.operation, requestHash);
    if (first) {
      if (first.operation !== replay.operation || first.request_hash !== requestHash || !first.result) {
        throw new ConflictError(
          CommonReason.IDEMPOTENCY_KEY_REUSED,
          `clientMutationId "${key}" was already used for another request`,
        );
      }
      return done(await replay.load(tx, first.result));
    }
    const outcome = await useCase(tx, actor, command);
    await tx.query(`UPDATE "idempotency_keys" SET "result" = $3 WHERE "user_id" = $1 AND "key" = $2`, [
      actor.userId,
      key,
      replay.save(outcome.value),
    ]);
    return outcome;
  };
}

/** Claims the key for this request, or returns what the request that holds it stored. */
async function claim(
  tx: EntityManager,
  actor: Actor,
  key: string,
  operation: string,
  requestHash: string,
): Promise<Claimed | null> {
  const expired = new Date(actor.now.getTime() - KEY_LIFETIME_MS);
  // New, or taking over a key whose day is over; a live key held by another request returns no row.
  const inserted = (await tx.query(
    `INSERT INTO "idempotency_keys" ("user_id", "key", "operation", "request_hash", "created_at")
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT ("user_id", "key") DO UPDATE
       SET "operation" = EXCLUDED."operation", "request_hash" = EXCLUDED."request_hash",
           "result" = NULL, "created_at" = EXCLUDED."created_at"
       WHERE "idempotency_keys"."created_at" <= $6
     RETURNING 1`,
    [actor.userId, key, operation, requestHash, actor.now, expired],
  )) as unknown[];
  if (inserted.length > 0) return null;
  const [held] = (await tx.query(
    `SELECT "operation", "request_hash", "result" FROM "idempotency_keys" WHERE "user_id" = $1 AND "key" = $2`,
    [actor.userId, key],
  )) as Claimed[];
  return held ?? null;
}

/** The replay of a write whose result is one record: kept by id, read back as it is now. */
export function replayById<T extends { id: string }>(operation: string, entity: new () => T): Replay<T> {
  return {
    operation,
    save: (value) => ({ id: value.id }),
    load: (tx, saved) => loadById(tx, entity, saved.id),
  };
}

/** A record a replay returns; NOT_FOUND when it is gone since (removed by a later write). */
export async function loadById<T extends { id: string }>(
  tx: EntityManager,
  entity: new () => T,
  id: unknown,
): Promise<T> {
  const found = await tx.getRepository(entity).findOneBy({ id: String(id) } as never);
  if (!found) throw new NotFoundError(entity.name);
  return found;
}
