import type { Context } from '../../app/context';
import { NotFoundError } from '../../errors/app-error';
import type { User } from './user.entity';

/**
 * A user as the request's loaders see it now. After `run` the loaders are empty, so a payload
 * built with this reads the committed state, not what was cached before the write.
 */
export async function loadUser(ctx: Pick<Context, 'loaders'>, id: string): Promise<User> {
  const user = await ctx.loaders.userById.load(id);
  if (!user) throw new NotFoundError('User');
  return user;
}
