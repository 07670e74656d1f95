import { defineEffect, type Effect, type EffectPayload, type EffectType } from '../../common/outcome';
import type { EventBus } from './event-bus';

/** Where events go: each subscription listens to one topic. */
export const topics = {
  /** A mentorship's thread: its new messages, in the order they were sent. */
  mentorship: (id: string): string => `mentorship:${id}`,
  /** One user's own events: notifications, unread counts, their mentorships' changes. */
  user: (id: string): string => `user:${id}`,
  /** One user's sessions: ended by signing out everywhere, suspension or deletion. */
  session: (id: string): string => `session:${id}`,
};

/** The kinds of event subscribers receive. */
export enum EventType {
  MESSAGE_ADDED = 'messageAdded',
  NOTIFICATION_ADDED = 'notificationAdded',
  MENTORSHIP_UPDATED = 'mentorshipUpdated',
  UNREAD_COUNTS_CHANGED = 'unreadCountsChanged',
  SESSION_ENDED = 'sessionEnded',
}

/** An event to publish once the write commits. */
export type OutgoingEvent = { topic: string; type: EventType; data: EffectPayload };

type PublishPayload = { events: OutgoingEvent[] };

const PUBLISH = 'events.publish';

/**
 * The effect that publishes `events` after the write commits (never for a rolled-back one). Events
 * of one `stream` are published in the order they were written; a write whose events must keep
 * their order holds a row lock that other writers of the stream take too.
 */
export function publish(stream: string | null, ...events: OutgoingEvent[]): Effect {
  return { kind: PUBLISH, payload: { events }, ...(stream ? { stream } : {}) };
}

/** How the outbox delivers `publish`: each event goes to the bus with the effect's id, so a redelivered copy is recognisable. */
export function publishEffect(bus: EventBus): EffectType<PublishPayload> {
  return defineEffect<PublishPayload>(PUBLISH, async (_tx, { events }, id) => {
    for (const [n, event] of events.entries()) {
      await bus.publish(event.topic, { id: `${id}.${n}`, type: event.type, data: event.data });
    }
  });
}

/** A row as an event carries it: JSON, so its dates travel as ISO strings (see `revive`). */
export function rowData(row: object): EffectPayload {
  return JSON.parse(JSON.stringify(row)) as EffectPayload;
}

/** The viewer's unread totals changed: subscribers read them again. */
export const unreadCountsChanged = (userId: string): OutgoingEvent => ({
  topic: topics.user(userId),
  type: EventType.UNREAD_COUNTS_CHANGED,
  data: { userId },
});

/** A user's sessions ended: their open subscriptions are closed on every instance. */
export const sessionEnded = (userId: string): Effect =>
  publish(null, { topic: topics.session(userId), type: EventType.SESSION_ENDED, data: { userId } });
