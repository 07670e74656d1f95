import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { requireViewer } from '../../auth/viewer';
import type { Context } from '../context';
import { forgetLoaded } from '../runner';
import type { BusEvent, Listening } from './event-bus';
import type { EventType } from './events';

/** Ids of delivered events a subscription remembers, to drop a copy delivered again. */
const REMEMBERED = 1000;

export interface StreamOptions {
  topic: string;
  /** The event kinds this subscription passes on. */
  types: readonly EventType[];
  /** A mentorship-scoped stream: the viewer must still be one of its members at every event. */
  mentorshipId?: string;
  /** What makes two events the same (a replayed message and its live event): the event id by default. */
  key?: (event: BusEvent) => string;
  /** Events to send first, read once listening has started, so nothing falls between them and the live ones. */
  replay?: () => AsyncIterable<BusEvent>;
}

/**
 * Whether a subscriber may still receive an event: active, with the token version their socket
 * signed in with, and a member of the event's mentorship. Checked for every event; the lookups are
 * shared by all subscribers of one event in this process (one statement per event, not one each).
 */
export class SubscriberAccess {
  private readonly users = new WeakMap<BusEvent, DataLoader<string, number | null>>();
  private readonly members = new WeakMap<BusEvent, Promise<readonly string[]>>();

  constructor(private readonly db: () => EntityManager) {}

  async allows(event: BusEvent, user: { id: string; tokenVersion: number }, mentorshipId?: string): Promise<boolean> {
    const [tokenVersion, members] = await Promise.all([
      this.userLoader(event).load(user.id),
      mentorshipId ? this.membersOf(event, mentorshipId) : undefined,
    ]);
    return tokenVersion === user.tokenVersion && (!members || members.includes(user.id));
  }

  private userLoader(event: BusEvent): DataLoader<string, number | null> {
    let loader = this.users.get(event);
    if (!loader) {
      loader = new DataLoader(
        async (ids) => {
          const rows: Array<{ id: string; token_version: number }> = await this.db().query(
            `SELECT "id", "token_version" FROM "users" WHERE "id" = ANY($1::uuid[]) AND "status" = 'ACTIVE'`,
            [ids],
          );
          const versions = new Map(rows.map((r) => [r.id, Number(r.token_version)]));
          return ids.map((id) => versions.get(id) ?? null);
        },
        { cache: true },
      );
      this.users.set(event, loader);
    }
    return loader;
  }

  private membersOf(event: BusEvent, mentorshipId: string): Promise<readonly string[]> {
    let found = this.members.get(event);
    if (!found) {
      found = this.db()
        .query(`SELECT "mentor_id", "mentee_id" FROM "mentorships" WHERE "id" = $1`, [mentorshipId])
        .then((rows: Array<{ mentor_id: string; mentee_id: string }>) =>
          rows.flatMap((r) => [r.mentor_id, r.mentee_id]),
        );
      this.members.set(event, found);
    }
    return found;
  }
}

/**
 * The events of one subscription: listening starts first, then the replay (if any) is sent, then
 * the live events of the topic, each checked against the subscriber's access, with copies dropped.
 * The subscription ends (completes) once the subscriber may no longer receive it. Each event is
 * resolved with empty loaders, so its fields are read as they are now.
 */
export function eventStream(ctx: Context, options: StreamOptions): AsyncIterableIterator<BusEvent> {
  const listening = ctx.deps.realtime.bus.listen(options.topic);
  const events = deliver(ctx, options, listening);
  // An async generator waiting for its next event would take a return() only once that event came:
  // ending the listening first lets it finish now (a closed socket frees its listener at once).
  return {
    next: () => events.next(),
    return: async () => {
      await listening.return();
      return events.return(undefined);
    },
    throw: async (error: unknown) => {
      await listening.return();
      return events.throw(error);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

async function* deliver(ctx: Context, options: StreamOptions, listening: Listening): AsyncGenerator<BusEvent> {
  const viewer = requireViewer(ctx);
  const { realtime, metrics } = ctx.deps;
  const key = options.key ?? ((event: BusEvent): string => event.id);
  const seen = new Set<string>();
  const remember = (event: BusEvent): boolean => {
    const k = key(event);
    if (seen.has(k)) return false;
    seen.add(k);
    if (seen.size > REMEMBERED) seen.delete(seen.values().next().value!);
    return true;
  };
  let counted = false;
  try {
    await listening.ready;
    metrics.subscriptions.active.inc();
    counted = true;
    if (options.replay) {
      for await (const event of options.replay()) if (remember(event)) yield event;
    }
    for await (const event of listening) {
      if (!options.types.includes(event.type as EventType) || !remember(event)) continue;
      if (!(await realtime.access.allows(event, viewer, options.mentorshipId))) return;
      forgetLoaded(ctx.loaders);
      yield event;
    }
  } finally {
    if (counted) metrics.subscriptions.active.dec();
    await listening.return();
  }
}
