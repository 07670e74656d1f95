import { OutboxEffect } from '../app/outbox/outbox-effect.entity';
import { IdempotencyKey } from '../app/idempotency/idempotency-key.entity';
import { moduleEntities } from '../app/modules';

/** Every TypeORM entity: the feature modules', the outbox's and the idempotency keys'. */
export const entities = [...moduleEntities, OutboxEffect, IdempotencyKey];
