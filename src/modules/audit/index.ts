import type { NodeFetchers } from '../../app/node-fetchers';
import { isAdmin } from '../../auth/rules';
import { AuditLogResolver } from './audit.resolver';

/** The resolvers this module adds to the schema. */
export const auditResolvers: Function[] = [AuditLogResolver];

/** How this module's Node types are fetched by `node(id)`. */
export const auditNodes: NodeFetchers = {
  // The audit log is an admin tool; for everyone else its entries do not exist.
  AuditLog: async (ctx, id) => (isAdmin(ctx.roles) ? ctx.loaders.auditLogById.load(id) : null),
};
