import type { Logger } from 'pino';
import type { DataSource, EntityManager } from 'typeorm';
import type { Effect, EffectPayload, EffectType } from '../../common/outcome';
import { takeRaised, writeEffects, type Queued } from './raise';

export type { Queued } from './raise';

export interface OutboxOptions {
  /** Sweep interval for effects left undelivered; 0 turns the sweep off. */
  pollMs: number;
  /** First retry delay; doubles with every failed attempt, capped at an hour. */
  retryMs: number;
  /** Attempts before an effect is parked as failed. */
  maxAttempts: number;
}

interface Claimed {
  id: string;
  kind: string;
  payload: EffectPayload;
  attempts: number;
}

const MAX_DELAY_MS = 3_600_000;
const SWEEP_BATCH = 100;
/** Effects of one stream delivered per transaction. */
const STREAM_BATCH = 200;

/**
 * Durable effects of committed writes. A write's effects are inserted in its own transaction
 * (`enqueue`), so they exist exactly when the write does; the runner delivers them right after the
 * commit (`deliver`), and a periodic sweep on every instance picks up whatever is left (a crash
 * between commit and delivery, a failing handler). Each delivery claims its row with
 * `FOR UPDATE SKIP LOCKED` and deletes it in the handler's transaction: a delivered effect is gone,
 * a failed one rolls back and is retried with backoff, and two instances never deliver one twice.
 * Effects of a stream are delivered in order instead (see deliverStream).
 */
export class Outbox {
  private readonly types = new Map<string, EffectType<EffectPayload>>();
  private timer: NodeJS.Timeout | null = null;
  private sweeping: Promise<void> | null = null;

  constructor(
    private readonly dataSource: DataSource,
    types: ReadonlyArray<EffectType<EffectPayload>>,
    private readonly logger: Logger,
    private readonly options: OutboxOptions,
  ) {
    for (const type of types) this.register(type);
  }

  /** Adds (or replaces) the handler of an effect kind. */
  register(type: EffectType<EffectPayload>): void {
    this.types.set(type.kind, type);
  }

  /** The registered handler of a kind (tests wrap it to make deliveries fail). */
  handlerOf(kind: string): EffectType<EffectPayload> | undefined {
    return this.types.get(kind);
  }

  /** Records effects inside the caller's transaction; returns them as queued, in order. */
  async enqueue(tx: EntityManager, effects: readonly Effect[]): Promise<Queued[]> {
    if (effects.length === 0) return [];
    for (const effect of effects) {
      if (!this.types.has(effect.kind)) throw new Error(`No handler is registered for effect kind ${effect.kind}`);
    }
    return writeEffects(tx, effects);
  }

  /**
   * Delivers the given effects now, in order, except deferred kinds (left for the sweep). Never
   * throws: a failure is logged and left for the sweep.
   */
  async deliver(queued: readonly Queued[]): Promise<void> {
    const streams = new Set<string>();
    for (const { id, kind, stream } of queued) {
      if (this.types.get(kind)?.deferred) continue;
      if (stream === null) await this.deliverNext(`"id" = $1`, [id]);
      else if (!streams.has(stream)) {
        streams.add(stream);
        await this.deliverStream(stream);
      }
    }
  }

  /** Delivers every due effect, oldest first; returns how many were delivered. */
  async sweep(): Promise<number> {
    let delivered = 0;
    for (let i = 0; i < SWEEP_BATCH; i += 1) {
      const result = await this.deliverNext(`"stream" IS NULL AND "available_at" <= now()`, []);
      if (result === 'none' || result === 'unreachable') break;
      if (result === 'delivered') delivered += 1;
    }
    const streams: Array<{ stream: string }> = await this.dataSource.query(
      `SELECT DISTINCT "stream" FROM "outbox"
       WHERE "stream" IS NOT NULL AND "failed_at" IS NULL AND "available_at" <= now() LIMIT ${SWEEP_BATCH}`,
    );
    for (const { stream } of streams) delivered += await this.deliverStream(stream);
    return delivered;
  }

  /** Starts the periodic sweep (a first one runs at once, for what a previous process left). */
  start(): void {
    if (this.options.pollMs === 0 || this.timer) return;
    const tick = (): void => {
      if (this.sweeping) return;
      this.sweeping = this.sweep()
        .then(() => undefined)
        .catch((err: unknown) => this.logger.error({ err }, 'outbox sweep failed'))
        .finally(() => {
          this.sweeping = null;
        });
    };
    this.timer = setInterval(tick, this.options.pollMs);
    this.timer.unref();
    tick();
  }

  /** Stops the sweep and waits for a running one to finish. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.sweeping;
  }

  /** Runs one effect's handler; what it asks for in turn is written in the same transaction. */
  private async handle(tx: EntityManager, effect: Claimed, follow: Queued[]): Promise<void> {
    const type = this.types.get(effect.kind);
    if (!type) throw new Error(`No handler is registered for effect kind ${effect.kind}`);
    const next = await type.handle(tx, effect.payload, String(effect.id));
    if (next && next.length > 0) follow.push(...(await this.enqueue(tx, next)));
    follow.push(...takeRaised(tx));
  }

  private async deliverNext(
    where: string,
    params: unknown[],
  ): Promise<'delivered' | 'none' | 'failed' | 'unreachable'> {
    let claimed: Claimed | undefined;
    const follow: Queued[] = [];
    try {
      await this.dataSource.transaction(async (tx) => {
        const rows: Claimed[] = await tx.query(
          `SELECT "id", "kind", "payload", "attempts" FROM "outbox"
           WHERE ${where} AND "failed_at" IS NULL ORDER BY "id" LIMIT 1 FOR UPDATE SKIP LOCKED`,
          params,
        );
        claimed = rows[0];
        if (!claimed) return;
        await this.handle(tx, claimed, follow);
        await tx.query(`DELETE FROM "outbox" WHERE "id" = $1`, [claimed.id]);
      });
    } catch (err) {
      if (!claimed) {
        this.logger.warn({ err }, 'outbox unreachable; effects stay queued');
        return 'unreachable';
      }
      await this.recordFailure(claimed, err);
      return 'failed';
    }
    await this.deliver(follow);
    return claimed ? 'delivered' : 'none';
  }

  /**
   * Delivers a stream's due effects in id order, under a transaction-scoped advisory lock on the
   * stream: whichever instance takes it delivers everything written so far, and the others find
   * nothing left. Writers of one stream serialize on a row lock of their own (e.g. the mentorship),
   * so id order is commit order. The first effect that fails, or is not due yet, holds back the
   * rest of its stream. Returns how many were delivered.
   */
  private async deliverStream(stream: string): Promise<number> {
    let delivered = 0;
    for (;;) {
      let failed: { effect: Claimed; err: unknown } | undefined;
      let more = false;
      const done: string[] = [];
      const follow: Queued[] = [];
      try {
        await this.dataSource.transaction(async (tx) => {
          await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [stream]);
          const rows: Array<Claimed & { due: boolean }> = await tx.query(
            `SELECT "id", "kind", "payload", "attempts", "available_at" <= now() AS "due" FROM "outbox"
             WHERE "stream" = $1 AND "failed_at" IS NULL ORDER BY "id" LIMIT ${STREAM_BATCH}`,
            [stream],
          );
          more = rows.length === STREAM_BATCH;
          for (const row of rows) {
            if (!row.due) {
              more = false;
              break;
            }
            try {
              await this.handle(tx, row, follow);
            } catch (err) {
              failed = { effect: row, err };
              more = false;
              break;
            }
            done.push(row.id);
          }
          if (done.length > 0) await tx.query(`DELETE FROM "outbox" WHERE "id" = ANY($1::bigint[])`, [done]);
        });
      } catch (err) {
        // A handler's failed statement aborts the transaction: nothing of this batch was delivered.
        if (failed) await this.recordFailure(failed.effect, failed.err);
        else this.logger.warn({ err, stream }, 'outbox stream delivery failed; its effects stay queued');
        return delivered;
      }
      delivered += done.length;
      if (failed) await this.recordFailure(failed.effect, failed.err);
      await this.deliver(follow);
      if (!more) return delivered;
    }
  }

  private async recordFailure(effect: Claimed, err: unknown): Promise<void> {
    const attempts = effect.attempts + 1;
    const parked = attempts >= this.options.maxAttempts;
    const delayMs = Math.min(this.options.retryMs * 2 ** effect.attempts, MAX_DELAY_MS);
    const message = (err instanceof Error ? err.message : String(err)).slice(0, 2000);
    this.logger.warn(
      { err, effect: { id: effect.id, kind: effect.kind, attempts } },
      parked ? 'effect failed for the last time; parked' : 'effect failed; it will be retried',
    );
    try {
      await this.dataSource.query(
        `UPDATE "outbox" SET "attempts" = $2, "last_error" = $3, "updated_at" = now(),
           "available_at" = now() + $4 * interval '1 millisecond',
           "failed_at" = CASE WHEN $5 THEN now() ELSE NULL END
         WHERE "id" = $1`,
        [effect.id, attempts, message, delayMs, parked],
      );
    } catch (updateErr) {
      // The row keeps its old attempt count and is retried by the next sweep.
      this.logger.warn({ err: updateErr, effect: { id: effect.id } }, 'could not record an effect failure');
    }
  }
}
