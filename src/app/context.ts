import type { Request, Response } from 'express';
import type { EntityManager } from 'typeorm';
import { appendSetCookie, clearedSessionCookie, removeSetCookie, SESSION_COOKIE, sessionCookie } from '../auth/cookies';
import { needsReissue, REFRESHED_TOKEN_HEADER, requestToken, type TokenSource } from '../auth/session';
import { issueToken, verifyToken, type VerifiedToken } from '../auth/tokens';
import type { Caller } from '../auth/actor';
import { effectiveRoles } from '../modules/role/role.service';
import type { Role } from '../modules/role/role';
import { ROLE_ORDER } from '../modules/role/role.reads';
import type { UserRole } from '../modules/role/user-role.entity';
import { UserStatus, type User } from '../modules/user/user.entity';
import { requestReadManager, routeReads } from '../db/read-routing';
import type { AppDeps } from './deps';
import { createLoaders, type Loaders } from './loaders';

/** The request's session token, as the context saw it. */
export interface SessionHandle {
  /** How the token came (null for anonymous requests). */
  source: TokenSource | null;
  /** Tells the browser to drop the aula_token cookie (no-op without an HTTP response, e.g. WebSocket). */
  clearCookie(): void;
}

export interface Context {
  requestId: string;
  deps: AppDeps;
  /**
   * The non-transactional manager, for reads: on read replicas when configured, on the primary once
   * the request has written (read-your-writes); writes go through the runner (src/app/runner.ts).
   */
  db: EntityManager;
  loaders: Loaders;
  /** The signed-in, active user as the request began; null for anonymous callers and refused tokens. */
  viewer: User | null;
  /** Who calls: user id, roles effective at the request's time, request id, IP and user agent. */
  actor: Caller;
  session: SessionHandle;
  /** What this request's log line adds once answered (filled by requestLogPlugin). */
  requestLog: RequestLog;
}

/** The GraphQL side of a request's log line: operation, user and the error codes answered. */
export interface RequestLog {
  operation?: string | null;
  userId?: string | null;
  errors?: string[];
}

/** The Bearer token of a request, if any (the cookie is read by createContext too). */
export function bearerToken(req: Request): string | null {
  const found = requestToken(req);
  return found?.source === 'bearer' ? found.token : null;
}

/** A token's user and roles, or null when the token is invalid, outdated (token version) or its user inactive. */
export async function viewerFromToken(
  deps: AppDeps,
  loaders: Loaders,
  token: string,
  now: Date,
): Promise<{ viewer: User; roles: Role[]; claims: VerifiedToken } | null> {
  const claims = verifyToken(token, deps.env.JWT_SECRET, now);
  if (!claims) return null;
  const found = await loaders.reads.rowWithChildren<User, UserRole>('User', claims.userId, {
    type: 'UserRole',
    by: 'userId',
    order: ROLE_ORDER,
  });
  if (!found) return null;
  const { row: user, children: roleRows } = found;
  // Fields and rules of the same request read them again through the loaders.
  loaders.userById.prime(user.id, user);
  loaders.rolesByUserId.prime(user.id, roleRows);
  if (user.status !== UserStatus.ACTIVE || user.tokenVersion !== claims.tokenVersion) return null;
  return { viewer: user, roles: effectiveRoles(roleRows, now), claims };
}

/**
 * One context per request: the viewer (token from `Authorization: Bearer` or the aula_token cookie,
 * checked against the database: active user, current token version), its roles and fresh loaders.
 * A valid token older than 12 hours is re-issued in `x-refreshed-token` (and as a new cookie when it
 * came by cookie).
 */
export async function createContext(deps: AppDeps, req: Request, requestId: string, res?: Response): Promise<Context> {
  // The session check reads the primary: a lagging replica would still accept a token signed out or
  // a user suspended a moment ago, and refuse the token of a user who has just signed in.
  const db = requestReadManager(deps.database.dataSource, 'primary');
  let viewerId: string | null = null;
  const loaders = createLoaders(db, () => viewerId);
  const now = deps.clock();
  const cookieSettings = { secure: deps.env.COOKIE_SECURE };
  const found = requestToken(req);
  const signedIn = found ? await viewerFromToken(deps, loaders, found.token, now) : null;
  // The request's other reads may lag a little, until it writes (src/app/runner.ts sends them back).
  routeReads(db, 'replica');
  if (found && signedIn && res && needsReissue(signedIn.claims, now)) {
    const fresh = issueToken(signedIn.viewer, deps.env.JWT_SECRET, now);
    res.setHeader(REFRESHED_TOKEN_HEADER, fresh);
    if (found.source === 'cookie') appendSetCookie(res, sessionCookie(fresh, cookieSettings));
  }
  const viewer = signedIn?.viewer ?? null;
  viewerId = viewer?.id ?? null;
  const requestLog: RequestLog = {};
  if (res) res.locals.graphql = requestLog;
  return {
    requestLog,
    requestId,
    deps,
    db,
    loaders,
    viewer,
    actor: {
      userId: viewer?.id ?? null,
      roles: signedIn?.roles ?? [],
      now,
      requestId,
      ip: req.ip ?? null,
      userAgent: req.get('user-agent') ?? null,
    },
    session: {
      source: signedIn && found ? found.source : null,
      clearCookie: () => {
        if (!res) return;
        // A token re-issued earlier in this request would outlive the sign-out: drop it too.
        res.removeHeader(REFRESHED_TOKEN_HEADER);
        removeSetCookie(res, SESSION_COOKIE);
        appendSetCookie(res, clearedSessionCookie(cookieSettings));
      },
    },
  };
}
