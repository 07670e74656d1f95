import type { Env } from '../../config/env';
import type { Effect, UseCase } from '../../common/outcome';
import { googleCalendarEnabled } from './google-calendar.config';

export const GOOGLE_CALENDAR_SYNC = 'google-calendar.sync';

/** The class to bring in line on the calendar; its state is read when the effect is delivered. */
export type CalendarSyncPayload = { classId: string };

/**
 * The effect that brings a class's event in line with the class after the write commits. One stream
 * per class: its syncs are delivered one at a time in the order written, so two syncs never race
 * to create the event; the class writes that emit it hold the class row lock, so that order is the
 * order of the writes.
 */
export const calendarSync = (classId: string): Effect => ({
  kind: GOOGLE_CALENDAR_SYNC,
  payload: { classId },
  stream: `class:${classId}`,
});

/**
 * `useCase`, followed by a calendar sync of the class it wrote (`classOf` its value), when the
 * integration is configured; `useCase` itself otherwise, so no effect row is written for nothing.
 * The class use cases stay free of the calendar; the resolver composes them (a replayed
 * idempotent write syncs once more, which changes nothing).
 */
export function syncingCalendar<C, T>(env: Env, useCase: UseCase<C, T>, classOf: (value: T) => string): UseCase<C, T> {
  if (!googleCalendarEnabled(env)) return useCase;
  return async (tx, actor, command) => {
    const outcome = await useCase(tx, actor, command);
    return { value: outcome.value, effects: [...outcome.effects, calendarSync(classOf(outcome.value))] };
  };
}
