import type { FeatureModule } from '../../app/feature-module';
import type { NodeFetchers } from '../../app/node-fetchers';
import { isAdmin } from '../../auth/rules';
import { AuditLogResolver } from './audit.resolver';
import { createAuditLoaders } from './audit.loaders';
import { AuditLog } from './audit-log.entity';

const resolvers: Function[] = [AuditLogResolver];

/** How this module's Node types are fetched by `node(id)`. */
const nodes: NodeFetchers = {
  // The audit log is an admin tool; for everyone else its entries do not exist.
  AuditLog: async (ctx, id) => (isAdmin(ctx.actor.roles) ? ctx.loaders.auditLogById.load(id) : null),
};

/** The audit feature: everything it adds to the application. */
export const auditModule = {
  name: 'audit',
  resolvers,
  nodes,
  loaders: createAuditLoaders,
  entities: [AuditLog],
} satisfies FeatureModule;
