import type { Context } from '../app/context';
import { UnauthenticatedError } from '../errors/app-error';
import type { User } from '../modules/user/user.entity';

/** The signed-in user, or UNAUTHENTICATED. */
export function requireViewer(ctx: Pick<Context, 'viewer'>): User {
  if (!ctx.viewer) throw new UnauthenticatedError();
  return ctx.viewer;
}
