import type { EntityManager } from 'typeorm';
import type { Actor } from '../../auth/actor';
import { done, type Outcome } from '../../common/outcome';
import { read } from '../../db/prepared';
import { recordAudit } from '../audit/audit.service';
import { ClassStatus } from '../virtual-class/class-status';

/** How far back the feed reaches: classes that started in the last 30 days, and every later one. */
export const FEED_PAST_DAYS = 30;

/** At most this many classes per feed (the earliest first), so one feed stays one bounded answer. */
export const FEED_MAX_EVENTS = 1000;

export interface RotateIcsFeedCommand {
  /** The new token's hash and sealed copy (issueFeedToken); the token itself never reaches the database. */
  tokenHash: string;
  tokenSealed: string;
}

/**
 * Gives the actor a new feed token, replacing the previous one (whose URL answers 404 from the
 * commit on), and records `calendar.feed_url_rotated` without any part of either token.
 */
export async function rotateIcsFeed(
  tx: EntityManager,
  actor: Actor,
  { tokenHash, tokenSealed }: RotateIcsFeedCommand,
): Promise<Outcome<void>> {
  // One upsert: concurrent rotations of one user serialise on the row, and the last to commit wins.
  await tx.query(
    `INSERT INTO "ics_feeds" ("user_id", "token_hash", "token_sealed") VALUES ($1, $2, $3)
     ON CONFLICT ("user_id") DO UPDATE
     SET "token_hash" = EXCLUDED."token_hash", "token_sealed" = EXCLUDED."token_sealed", "updated_at" = now()`,
    [actor.userId, tokenHash, tokenSealed],
  );
  await recordAudit(tx, actor, { action: 'calendar.feed_url_rotated', targetType: 'User', targetId: actor.userId });
  return done(undefined);
}

/** One class of a feed, as the calendar shows it. */
export interface FeedClass {
  id: string;
  title: string;
  startsAt: Date;
  durationMinutes: number;
  meetingUrl: string | null;
  status: ClassStatus;
  cancelReason: string | null;
  sequence: number;
  updatedAt: Date;
  /** Whether the feed's owner hosts it (else they joined it). */
  hosted: boolean;
}

interface FeedRow {
  user_id: string;
  id: string | null;
  title: string;
  starts_at: Date | string;
  duration_minutes: number;
  meeting_url: string | null;
  status: ClassStatus;
  cancel_reason: string | null;
  sequence: number;
  updated_at: Date | string;
  hosted: boolean;
}

// One statement: the owner row (active users only) with its classes beside it. An unknown token
// gives no row at all; a known one at least one (with a null class when there is none).
const FEED_SQL = `
  SELECT f."user_id", c.*
  FROM "ics_feeds" f
  JOIN "users" u ON u."id" = f."user_id" AND u."status" = 'ACTIVE'
  LEFT JOIN LATERAL (
    SELECT v."id", v."title", v."starts_at", v."duration_minutes", v."meeting_url", v."status",
           v."cancel_reason", v."sequence", v."updated_at", v."host_id" = f."user_id" AS "hosted"
    FROM "virtual_classes" v
    WHERE v."id" IN (SELECT a."class_id" FROM "user_activities" a WHERE a."user_id" = f."user_id"
                     UNION SELECT h."id" FROM "virtual_classes" h WHERE h."host_id" = f."user_id")
      AND v."starts_at" >= $2
    ORDER BY v."starts_at", v."id"
    LIMIT ${FEED_MAX_EVENTS}
  ) c ON true
  WHERE f."token_hash" = $1`;

/**
 * The classes of the feed whose token hashes to `tokenHash`: hosted or joined (a membership left
 * is no longer in it), starting at `since` or later, cancelled ones included; null when no active
 * user holds that token.
 */
export async function feedClasses(
  db: EntityManager,
  tokenHash: string,
  since: Date,
): Promise<{ userId: string; classes: FeedClass[] } | null> {
  const rows = await read<FeedRow>(db, FEED_SQL, [tokenHash, since]);
  if (rows.length === 0) return null;
  const classes = rows.flatMap((r): FeedClass[] =>
    r.id === null
      ? []
      : [
          {
            id: r.id,
            title: r.title,
            startsAt: new Date(r.starts_at),
            durationMinutes: r.duration_minutes,
            meetingUrl: r.meeting_url,
            status: r.status,
            cancelReason: r.cancel_reason,
            sequence: r.sequence,
            updatedAt: new Date(r.updated_at),
            hosted: r.hosted,
          },
        ],
  );
  return { userId: rows[0]!.user_id, classes };
}
