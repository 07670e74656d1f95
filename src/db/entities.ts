import { OutboxEffect } from '../app/outbox/outbox-effect.entity';
import { moduleEntities } from '../app/modules';

/** Every TypeORM entity: the feature modules' and the outbox's. */
export const entities = [...moduleEntities, OutboxEffect];
