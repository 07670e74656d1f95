import type { Request } from 'express';
import type { EntityManager } from 'typeorm';
import { verifyToken } from '../auth/tokens';
import type { AuditActor } from '../modules/audit/audit.service';
import { effectiveRoles } from '../modules/role/role.service';
import type { Role } from '../modules/role/user-role.entity';
import { UserStatus, type User } from '../modules/user/user.entity';
import type { AppDeps } from './deps';
import { createLoaders, type Loaders } from './loaders';

export interface Context {
  requestId: string;
  deps: AppDeps;
  /** The non-transactional manager; services open transactions from it. */
  db: EntityManager;
  loaders: Loaders;
  /** The signed-in, active user; null for anonymous callers and refused tokens. */
  viewer: User | null;
  /** Roles effective at `now`, read from the database on this request. */
  roles: Role[];
  now: Date;
  audit: AuditActor;
}

export function bearerToken(req: Request): string | null {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length).trim() || null;
  return null;
}

/** One context per request: the viewer (token checked against the database), its roles and fresh loaders. */
export async function createContext(deps: AppDeps, req: Request, requestId: string): Promise<Context> {
  const db = deps.database.dataSource.manager;
  const loaders = createLoaders(db);
  const now = deps.clock();
  let viewer: User | null = null;
  let roles: Role[] = [];
  const token = bearerToken(req);
  const claims = token ? verifyToken(token, deps.env.JWT_SECRET) : null;
  if (claims) {
    const user = await loaders.userById.load(claims.userId);
    if (user && user.status === UserStatus.ACTIVE && user.tokenVersion === claims.tokenVersion) {
      viewer = user;
      roles = effectiveRoles(await loaders.rolesByUserId.load(user.id), now);
    }
  }
  return {
    requestId,
    deps,
    db,
    loaders,
    viewer,
    roles,
    now,
    audit: {
      actorId: viewer?.id ?? null,
      requestId,
      ip: req.ip ?? null,
      userAgent: req.get('user-agent') ?? null,
    },
  };
}
