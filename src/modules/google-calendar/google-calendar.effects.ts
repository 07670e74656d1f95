import type { Logger } from 'pino';
import type { EntityManager } from 'typeorm';
import type { Env } from '../../config/env';
import { defineEffect, type Effect, type EffectType } from '../../common/outcome';
import { ClassStatus, VirtualClass } from '../virtual-class/virtual-class.entity';
import { addToBacklog, replayBacklog } from './google-calendar.backlog';
import { integrationState, markDisconnected, type ConnectedAccount } from './google-calendar.account';
import { describeGoogleError, GoogleCalendarClient, isUnusableToken } from './google-calendar.client';
import { googleCalendarConfig, type GoogleCalendarConfig } from './google-calendar.config';
import { eventFor, eventIdFor, type Member } from './google-calendar.event';
import { GOOGLE_CALENDAR_SYNC, type CalendarSyncPayload } from './google-calendar.sync';

/** A sync Google did not accept (outage, timeout, no access to the calendar): the outbox retries it. */
export class GoogleCalendarError extends Error {
  constructor(message: string, cause: unknown) {
    super(message, { cause });
    this.name = 'GoogleCalendarError';
  }
}

/** Admins tried in one delivery when Google refuses the first one's token. */
const MAX_ACCOUNTS = 3;

interface Sync {
  config: GoogleCalendarConfig;
  client: GoogleCalendarClient;
  logger: Logger;
  now: Date;
}

/**
 * How the outbox delivers a calendar sync (registered in createDeps, which has the configuration):
 * a deferred effect, delivered by the sweep within OUTBOX_POLL_MS of the write. Unconfigured, it
 * drops what an earlier configuration left queued.
 */
export function googleCalendarSyncEffect(env: Env, logger: Logger, clock: () => Date): EffectType<CalendarSyncPayload> {
  const config = googleCalendarConfig(env);
  const client = config ? new GoogleCalendarClient(config) : null;
  return defineEffect<CalendarSyncPayload>(
    GOOGLE_CALENDAR_SYNC,
    async (tx, { classId }) => {
      if (!config || !client) {
        logger.info({ classId }, 'google calendar not configured; sync dropped');
        return;
      }
      return syncClass(tx, { config, client, logger, now: clock() }, classId);
    },
    // Delivered by the sweep: a booking's answer must not wait on Google (token refresh + API call).
    { deferred: true },
  );
}

/**
 * Brings a class's event in line with the class as it is now: a scheduled class gets its event
 * (created once, under an id derived from the class) with the members as attendees; a cancelled
 * one has it cancelled; a completed one is left as it is. A token Google refuses (or one granted
 * without the calendar scope) marks that admin's integration disconnected and the next admin is
 * tried; with none left the sync is dropped on purpose (retrying cannot help) and the class goes
 * to the backlog, which the first sync that reaches Google again replays (its follow-up effects).
 * Any other failure throws, so the outbox retries it.
 */
async function syncClass(tx: EntityManager, sync: Sync, classId: string): Promise<Effect[]> {
  const cls = await tx.findOne(VirtualClass, { where: { id: classId } });
  if (!cls || cls.storedStatus === ClassStatus.COMPLETED) return [];
  for (let attempt = 0; attempt < MAX_ACCOUNTS; attempt++) {
    const { connected } = await integrationState(tx, sync.config.key, sync.now);
    if (!connected) break;
    try {
      await applyTo(tx, sync, connected, cls);
      return replayBacklog(tx, cls.id);
    } catch (err) {
      if (!isUnusableToken(err)) {
        throw new GoogleCalendarError(`Google Calendar sync failed: ${describeGoogleError(err)}`, err);
      }
      sync.client.forget(connected.credentials);
      await markDisconnected(tx, connected, describeGoogleError(err), sync.now);
      sync.logger.warn({ classId, userId: connected.userId }, 'google refused the admin token; marked disconnected');
    }
  }
  sync.logger.info({ classId }, 'google calendar disconnected; sync dropped, class backlogged');
  await addToBacklog(tx, classId);
  return [];
}

async function applyTo(tx: EntityManager, sync: Sync, account: ConnectedAccount, cls: VirtualClass): Promise<void> {
  const { client, logger } = sync;
  const credentials = account.credentials;
  const eventId = cls.googleEventId ?? eventIdFor(cls.id);
  if (cls.storedStatus === ClassStatus.CANCELLED) {
    // Also without a stored id: an event created before a lost commit still has the derived one.
    await client.cancel(credentials, eventId);
    return;
  }
  const event = eventFor(cls, await membersOf(tx, cls.id));
  const inPlace = cls.googleEventId
    ? await client.patch(credentials, eventId, event)
    : (await client.insert(credentials, eventId, event)) || (await client.patch(credentials, eventId, event));
  if (!inPlace) {
    // Deleted on Google's side by someone: not recreated (Google keeps the id of a deleted event).
    logger.warn({ classId: cls.id, eventId }, 'the class event is gone from the calendar; left so');
    return;
  }
  if (!cls.googleEventId) {
    await tx.query(`UPDATE "virtual_classes" SET "google_event_id" = $2 WHERE "id" = $1`, [cls.id, eventId]);
  }
}

/** The class's members (host included), in the order they joined; deleted accounts are left out. */
async function membersOf(tx: EntityManager, classId: string): Promise<Member[]> {
  const rows: Array<{ email: string; first_name: string | null; last_name: string | null }> = await tx.query(
    `SELECT u."email", u."first_name", u."last_name"
     FROM "user_activities" a JOIN "users" u ON u."id" = a."user_id"
     WHERE a."class_id" = $1 AND u."status" <> 'DELETED'
     ORDER BY a."created_at", a."id"`,
    [classId],
  );
  return rows.map((r) => ({ email: r.email, firstName: r.first_name, lastName: r.last_name }));
}
