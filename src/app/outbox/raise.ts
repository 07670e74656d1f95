import type { EntityManager } from 'typeorm';
import type { Effect } from '../../common/outcome';

/** An effect written to the outbox: its id, its kind, and its stream when it has one. */
export interface Queued {
  id: string;
  kind: string;
  stream: string | null;
}

/** Effects raised inside a transaction, until its runner delivers them after the commit. */
const raised = new WeakMap<EntityManager, Queued[]>();

/** Inserts effects into the outbox inside `tx`; returns them as queued, in order. */
export async function writeEffects(tx: EntityManager, effects: readonly Effect[]): Promise<Queued[]> {
  if (effects.length === 0) return [];
  const rows: Array<{ id: string; kind: string; stream: string | null }> = await tx.query(
    `INSERT INTO "outbox" ("kind", "payload", "stream")
     SELECT e.kind, e.payload, e.stream
     FROM unnest($1::text[], $2::jsonb[], $3::text[]) WITH ORDINALITY AS e(kind, payload, stream, n)
     ORDER BY e.n RETURNING "id", "kind", "stream"`,
    [effects.map((e) => e.kind), effects.map((e) => JSON.stringify(e.payload)), effects.map((e) => e.stream ?? null)],
  );
  return rows
    .map((r) => ({ id: String(r.id), kind: r.kind, stream: r.stream }))
    .sort((a, b) => Number(a.id) - Number(b.id));
}

/**
 * Writes effects from deep inside a use case (a notification created by a helper several calls
 * down), where returning them in the outcome would thread them through every caller. They are as
 * durable as returned ones; the runner (or the outbox, for an effect's own transaction) delivers
 * them right after the commit, and the sweep picks up any raised in a transaction neither began.
 */
export async function raise(tx: EntityManager, ...effects: Effect[]): Promise<void> {
  const queued = await writeEffects(tx, effects);
  const list = raised.get(tx);
  if (list) list.push(...queued);
  else raised.set(tx, queued);
}

/** The effects raised in `tx`, forgotten once taken. */
export function takeRaised(tx: EntityManager): Queued[] {
  const list = raised.get(tx) ?? [];
  raised.delete(tx);
  return list;
}
