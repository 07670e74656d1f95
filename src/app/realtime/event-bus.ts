import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { EffectPayload } from '../../common/outcome';

/** One event as subscribers receive it: its id (unique, for dropping a redelivered copy), kind and data. */
export interface BusEvent {
  id: string;
  type: string;
  data: EffectPayload;
}

/** Events a subscriber may have waiting before it is dropped as too slow (it reconnects and catches up). */
const MAX_QUEUED = 10_000;

/** How long subscribing waits for Redis to confirm a channel before going on without the confirmation. */
const READY_WAIT_MS = 5000;

/** The part of an EventTarget the bus uses: Node's own, or the Redis event target. */
interface Target {
  addEventListener(type: string, listener: (event: Event) => void): void;
  removeEventListener(type: string, listener: (event: Event) => void): void;
  dispatchEvent(event: Event): boolean;
}

/**
 * The events of one subscription, in arrival order: an async iterator over a queue that is filled
 * from the moment it is created (nothing published after `listen` returns is missed) and that ends
 * (completes) when its consumer falls MAX_QUEUED events behind: the client subscribes again and
 * catches up from the API.
 */
export class Listening implements AsyncIterableIterator<BusEvent> {
  private readonly queue: BusEvent[] = [];
  private waiting: ((result: IteratorResult<BusEvent>) => void) | null = null;
  private ended = false;

  constructor(
    /** Resolves once events of the topic reach this process (Redis confirmed the channel). */
    readonly ready: Promise<void>,
    private readonly stop: () => void,
  ) {}

  push(event: BusEvent): void {
    if (this.ended) return;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = null;
      resolve({ value: event, done: false });
    } else if (this.queue.length >= MAX_QUEUED) {
      this.end();
    } else {
      this.queue.push(event);
    }
  }

  next(): Promise<IteratorResult<BusEvent>> {
    const event = this.queue.shift();
    if (event) return Promise.resolve({ value: event, done: false });
    if (this.ended) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => {
      this.waiting = resolve;
    });
  }

  return(): Promise<IteratorResult<BusEvent>> {
    this.end();
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private end(): void {
    if (this.ended) return;
    this.ended = true;
    this.queue.length = 0;
    this.stop();
    const resolve = this.waiting;
    this.waiting = null;
    resolve?.({ value: undefined, done: true });
  }
}

/**
 * Publish/subscribe between instances: on Redis when REDIS_URL is set (the Redis event target of
 * GraphQL Yoga, one Redis subscription per topic and process however many subscribers it has), in
 * this process's memory otherwise. Publishing waits for Redis to take the event, so a failure
 * reaches the outbox, which retries; each listener gets every event published after it started.
 */
export class EventBus {
  private readonly target: Target;
  private readonly subscriber: Redis | null;

  constructor(
    private readonly redis: Redis | null,
    private readonly prefix: string,
    logger: Logger,
  ) {
    if (redis) {
      // A connection in subscriber mode serves nothing else; it queues SUBSCRIBEs while reconnecting.
      this.subscriber = redis.duplicate({ enableOfflineQueue: true, maxRetriesPerRequest: null });
      this.subscriber.on('error', (err: Error) => logger.debug({ err }, 'Redis subscriber connection error'));
      this.target = createRedisEventTarget({ publishClient: redis, subscribeClient: this.subscriber });
    } else {
      this.subscriber = null;
      this.target = new EventTarget();
    }
  }

  /** Sends `event` to every listener of `topic` on every instance. */
  async publish(topic: string, event: BusEvent): Promise<void> {
    if (this.redis) await this.redis.publish(this.channel(topic), JSON.stringify(event));
    else this.target.dispatchEvent(new CustomEvent(this.channel(topic), { detail: event }));
  }

  /** Starts receiving the events of `topic`; `return()` on the result stops. */
  listen(topic: string): Listening {
    const channel = this.channel(topic);
    const listener = (event: Event): void => listening.push((event as CustomEvent<BusEvent>).detail);
    this.target.addEventListener(channel, listener);
    // SUBSCRIBE to a channel this connection has already subscribed is harmless, and its reply says it is live.
    const ready = this.subscriber ? confirmed(this.subscriber.subscribe(channel)) : Promise.resolve();
    const listening = new Listening(ready, () => this.target.removeEventListener(channel, listener));
    return listening;
  }

  /** Closes the subscriber connection. */
  close(): void {
    this.subscriber?.disconnect();
  }

  private channel(topic: string): string {
    return `${this.prefix}events:${topic}`;
  }
}

/** Resolves when `subscribed` does or READY_WAIT_MS have passed, whichever comes first; never rejects. */
function confirmed(subscribed: Promise<unknown>): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, READY_WAIT_MS);
    timer.unref();
    subscribed.then(
      () => {
        clearTimeout(timer);
        resolve();
      },
      () => resolve(),
    );
  });
}
