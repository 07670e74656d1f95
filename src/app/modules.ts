import type { EntityManager } from 'typeorm';
import { ReadModels } from '../common/read-plan/model';
import { Reads } from '../common/read-plan/reads';
import { activityModule } from '../modules/activity';
import { auditModule } from '../modules/audit';
import { badgeModule } from '../modules/badge';
import { googleCalendarModule } from '../modules/google-calendar';
import { mailModule } from '../modules/mail';
import { icsFeedModule } from '../modules/ics-feed';
import { mentorApplicationModule } from '../modules/mentor-application';
import { mentorshipModule } from '../modules/mentorship';
import { messageModule } from '../modules/message';
import { notificationModule } from '../modules/notification';
import { roleModule } from '../modules/role';
import { skillModule } from '../modules/skill';
import { statsModule } from '../modules/stats';
import { suggestionModule } from '../modules/suggestion';
import { taskModule } from '../modules/task';
import { userModule } from '../modules/user';
import { virtualClassModule } from '../modules/virtual-class';
import type { FeatureModule } from './feature-module';
import type { NodeFetchers } from './node-fetchers';

/** Every feature module: the one list resolvers, node fetchers, loaders, entities and effects come from. */
export const featureModules = [
  userModule,
  roleModule,
  skillModule,
  taskModule,
  virtualClassModule,
  activityModule,
  mentorshipModule,
  suggestionModule,
  messageModule,
  badgeModule,
  mentorApplicationModule,
  notificationModule,
  auditModule,
  statsModule,
  mailModule,
  icsFeedModule,
  googleCalendarModule,
] as const satisfies readonly FeatureModule[];

type Modules = (typeof featureModules)[number];
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/** Every DataLoader of one request, typed from the modules' factories, and the request's planned reads. */
export type Loaders = UnionToIntersection<ReturnType<Modules['loaders']>> & { reads: Reads };

const modules: readonly FeatureModule[] = featureModules;

/** Every module's read models, merged per type. */
export const readModels = new ReadModels(modules.flatMap((m) => m.reads ?? []));

/** Builds one request's loaders; never shared between requests. `viewerId` is read once the token is checked. */
export function createLoaders(db: EntityManager, viewerId: () => string | null): Loaders {
  const reads = new Reads(db, readModels, viewerId);
  return Object.assign({ reads }, ...featureModules.map((m) => m.loaders(db))) as Loaders;
}

/** Every module's resolvers. */
export const moduleResolvers: Function[] = modules.flatMap((m) => m.resolvers);

/** Node type name → fetcher, for `node` and `nodes` (a Map, so no id can reach Object.prototype). */
export const nodeFetchers: ReadonlyMap<string, NodeFetchers[string]> = new Map(
  modules.flatMap((m) => Object.entries(m.nodes ?? {})),
);

/** Every module's entities. */
export const moduleEntities: Function[] = modules.flatMap((m) => m.entities ?? []);

/** Every module's durable effect types, for the outbox. */
export const moduleEffects = modules.flatMap((m) => m.effects ?? []);

/** Every module's refusal reasons, by module name. */
export const moduleReasons: ReadonlyArray<{ module: string; reasons: Record<string, string> }> = modules
  .filter((m) => m.reasons)
  .map((m) => ({ module: m.name, reasons: m.reasons! }));
