import { UnauthenticatedError } from '../errors/app-error';
import type { Role } from '../modules/role/role';

/**
 * Who makes a request, built once per request: the signed-in user (null when anonymous), the roles
 * effective at `now` (read from the database, never from the token), and where the request came from.
 * Audit entries copy it; use cases read the time from it, never from the clock.
 */
export interface Caller {
  userId: string | null;
  roles: readonly Role[];
  now: Date;
  requestId: string | null;
  ip: string | null;
  userAgent: string | null;
}

/** A signed-in caller: what every write use case acts as (sign-in itself acts as a Caller). */
export interface Actor extends Caller {
  userId: string;
}

/** The caller as a signed-in actor; UNAUTHENTICATED when anonymous. */
export function requireActor(caller: Caller): Actor {
  if (caller.userId === null) throw new UnauthenticatedError();
  return caller as Actor;
}

/** A caller for work the server does on its own (start-up, background effects). */
export function systemCaller(now: Date, userAgent: string): Caller {
  return { userId: null, roles: [], now, requestId: null, ip: null, userAgent };
}
