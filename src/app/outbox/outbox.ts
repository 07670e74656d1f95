import type { Logger } from 'pino';
import type { DataSource, EntityManager } from 'typeorm';
import type { Effect, EffectPayload, EffectType } from '../../common/outcome';

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

/**
 * Durable effects of committed writes. A write's effects are inserted in its own transaction
 * (`enqueue`), so they exist exactly when the write does; the runner delivers them right after the
 * commit (`deliver`), and a periodic sweep on every instance picks up whatever is left (a crash
 * between commit and delivery, a failing handler). Each delivery claims its row with
 * `FOR UPDATE SKIP LOCKED` and deletes it in the handler's transaction: a delivered effect is gone,
 * a failed one rolls back and is retried with backoff, and two instances never deliver one twice.
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

  /** Records effects inside the caller's transaction; returns their outbox ids, in order. */
  async enqueue(tx: EntityManager, effects: readonly Effect[]): Promise<string[]> {
    if (effects.length === 0) return [];
    for (const effect of effects) {
      if (!this.types.has(effect.kind)) throw new Error(`No handler is registered for effect kind ${effect.kind}`);
    }
    const rows: Array<{ id: string }> = await tx.query(
      `INSERT INTO "outbox" ("kind", "payload")
       SELECT e.kind, e.payload FROM unnest($1::text[], $2::jsonb[]) WITH ORDINALITY AS e(kind, payload, n)
       ORDER BY e.n RETURNING "id"`,
      [effects.map((e) => e.kind), effects.map((e) => JSON.stringify(e.payload))],
    );
    return rows.map((r) => String(r.id)).sort((a, b) => Number(a) - Number(b));
  }

  /** Delivers the given effects now, in order. Never throws: a failure is logged and left for the sweep. */
  async deliver(ids: readonly string[]): Promise<void> {
    for (const id of ids) await this.deliverNext(`"id" = $1`, [id]);
  }

  /** Delivers every due effect, oldest first; returns how many were delivered. */
  async sweep(): Promise<number> {
    let delivered = 0;
    for (let i = 0; i < SWEEP_BATCH; i += 1) {
      const result = await this.deliverNext(`"available_at" <= now()`, []);
      if (result === 'none' || result === 'unreachable') break;
      if (result === 'delivered') delivered += 1;
    }
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

  private async deliverNext(
    where: string,
    params: unknown[],
  ): Promise<'delivered' | 'none' | 'failed' | 'unreachable'> {
    let claimed: Claimed | undefined;
    try {
      await this.dataSource.transaction(async (tx) => {
        const rows: Claimed[] = await tx.query(
          `SELECT "id", "kind", "payload", "attempts" FROM "outbox"
           WHERE ${where} AND "failed_at" IS NULL ORDER BY "id" LIMIT 1 FOR UPDATE SKIP LOCKED`,
          params,
        );
        claimed = rows[0];
        if (!claimed) return;
        const type = this.types.get(claimed.kind);
        if (!type) throw new Error(`No handler is registered for effect kind ${claimed.kind}`);
        await type.handle(tx, claimed.payload);
        await tx.query(`DELETE FROM "outbox" WHERE "id" = $1`, [claimed.id]);
      });
      return claimed ? 'delivered' : 'none';
    } catch (err) {
      if (!claimed) {
        this.logger.warn({ err }, 'outbox unreachable; effects stay queued');
        return 'unreachable';
      }
      await this.recordFailure(claimed, err);
      return 'failed';
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
