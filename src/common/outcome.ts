import type { EntityManager } from 'typeorm';
import type { Actor, Caller } from '../auth/actor';

/** JSON a durable effect carries through the outbox (it is stored as jsonb, so no Dates or undefined). */
export type EffectPayload = { [key: string]: EffectJson };
type EffectJson = string | number | boolean | null | EffectJson[] | { [key: string]: EffectJson };

/** Work a write asks for after it commits (badge checks, events for subscribers), kept in the outbox. */
export interface Effect<P extends EffectPayload = EffectPayload> {
  kind: string;
  payload: P;
  /**
   * Effects of one stream (e.g. one mentorship's events) are delivered one at a time, in the order
   * they were written; effects without one are delivered independently of each other.
   */
  stream?: string;
}

/** What a use case returns: its value and the effects to deliver once its transaction commits. */
export interface Outcome<T> {
  value: T;
  effects: readonly Effect[];
}

/**
 * A write use case: runs inside the runner's transaction `tx`, as `actor`, on a command whose ids
 * are already decoded. It never opens a transaction of its own, so use cases compose.
 */
export type UseCase<C, T, A extends Caller = Actor> = (tx: EntityManager, actor: A, command: C) => Promise<Outcome<T>>;

/** An outcome with no effects, or with the given ones. */
export function done<T>(value: T, ...effects: Array<Effect | readonly Effect[]>): Outcome<T> {
  return { value, effects: effects.flat() };
}

/**
 * Delivers one effect inside a transaction that also removes it from the outbox, so a delivered
 * effect is never delivered twice. `id` is its outbox id (an event's id for subscribers). The
 * effects it returns are written in the same transaction and delivered after it commits.
 */
export type EffectHandler<P extends EffectPayload> = (
  tx: EntityManager,
  payload: P,
  id: string,
) => Promise<void | readonly Effect[]>;

/** A kind of durable effect: how to describe one (`of`) and how to deliver it (`handle`, an EffectHandler). */
export interface EffectType<P extends EffectPayload> {
  kind: string;
  of(payload: P): Effect<P>;
  handle(tx: EntityManager, payload: P, id: string): Promise<void | readonly Effect[]>;
  /**
   * Delivered by the outbox's sweep only, never right after the commit by the request that wrote
   * it: for handlers that talk to a slow or unreachable server (SMTP), which the client's answer
   * must not wait for.
   */
  deferred?: boolean;
}

export function defineEffect<P extends EffectPayload>(
  kind: string,
  handle: EffectHandler<P>,
  options: { deferred?: boolean } = {},
): EffectType<P> {
  return { kind, of: (payload) => ({ kind, payload }), handle, deferred: options.deferred ?? false };
}
