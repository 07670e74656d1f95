import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { EntityManager } from 'typeorm';
import { EventBus } from './event-bus';
import { SubscriberAccess } from './stream';

/** The real-time side of one instance: the event bus and the per-event access checks. */
export class Realtime {
  readonly bus: EventBus;
  readonly access: SubscriberAccess;

  constructor(redis: Redis | null, prefix: string, logger: Logger, db: () => EntityManager) {
    this.bus = new EventBus(redis, prefix, logger);
    this.access = new SubscriberAccess(db);
  }

  close(): void {
    this.bus.close();
  }
}
