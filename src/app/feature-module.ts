import type { EntityManager } from 'typeorm';
import type { EffectPayload, EffectType } from '../common/outcome';
import type { ReadModel } from '../common/read-plan/model';
import type { NodeFetchers } from './node-fetchers';

/**
 * What a feature module adds to the application, declared once in its `index.ts` and listed once in
 * `src/app/modules.ts`: schema resolvers, `node(id)` fetchers, per-request loaders, read models, entities, the
 * durable effects it can deliver, and the reasons it gives for refusals.
 */
export interface FeatureModule {
  name: string;
  resolvers: Function[];
  nodes?: NodeFetchers;
  loaders?: (db: EntityManager) => object;
  /** How its object types map onto tables, and the relations it adds to them (the read planner's input). */
  reads?: readonly ReadModel[];
  entities?: Function[];
  effects?: ReadonlyArray<EffectType<EffectPayload>>;
  /** The module's `extensions.reason` values (a string enum), listed in the README. */
  reasons?: Record<string, string>;
}
