import type { Context } from '../../app/context';
import { NotFoundError } from '../../errors/app-error';
import type { User } from './user.entity';

/**
 * The user a row points at, through the request's loader. Foreign keys cascade, so a miss is a
 * NOT_FOUND (deleted meanwhile), not a null.
 */
export async function loadUser(ctx: Pick<Context, 'loaders'>, id: string): Promise<User> {
  const user = await ctx.loaders.userById.load(id);
  if (!user) throw new NotFoundError('User');
  return user;
}
