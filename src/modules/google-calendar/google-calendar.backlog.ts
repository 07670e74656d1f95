import type { EntityManager } from 'typeorm';
import type { Effect } from '../../common/outcome';
import { queryReturning } from '../../common/returning';
import { calendarSync } from './google-calendar.sync';

/** Backlogged classes queued again by one successful sync; the syncs they start take the next ones. */
const REPLAY_BATCH = 50;

/** Remembers a class whose sync was dropped while disconnected. */
export async function addToBacklog(tx: EntityManager, classId: string): Promise<void> {
  await tx.query(`INSERT INTO "google_calendar_backlog" ("class_id") VALUES ($1) ON CONFLICT ("class_id") DO NOTHING`, [
    classId,
  ]);
}

/**
 * After a sync reached Google: the class is in step, and the oldest backlogged classes get a sync
 * each (on their own streams, after this transaction commits). SKIP LOCKED: two deliveries never
 * take the same rows.
 */
export async function replayBacklog(tx: EntityManager, syncedClassId: string): Promise<Effect[]> {
  await tx.query(`DELETE FROM "google_calendar_backlog" WHERE "class_id" = $1`, [syncedClassId]);
  const rows = await queryReturning<{ class_id: string }>(
    tx,
    `DELETE FROM "google_calendar_backlog" WHERE "id" IN (
       SELECT "id" FROM "google_calendar_backlog" ORDER BY "created_at", "id" LIMIT ${REPLAY_BATCH}
       FOR UPDATE SKIP LOCKED
     ) RETURNING "class_id"`,
    [],
  );
  return rows.map((r) => calendarSync(r.class_id));
}

/** How many classes wait for the integration to be connected again. */
export async function backlogSize(db: EntityManager): Promise<number> {
  const [row]: Array<{ n: string }> = await db.query(`SELECT count(*) AS "n" FROM "google_calendar_backlog"`);
  return Number(row?.n ?? 0);
}
