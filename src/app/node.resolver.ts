import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Auth } from '../auth/auth.decorator';
import { AuthRule } from '../auth/rules';
import { fromGlobalId } from '../common/global-id';
import { Node } from '../common/node';
import { MAX_PAGE_SIZE } from '../common/pagination';
import type { Context } from './context';
import { nodeFetchers } from './modules';
import { BadUserInputError } from '../errors/app-error';
import { LimitReason } from './limits/limits.reasons';

/** Ids `nodes` takes at once, as many as a page holds. */
const MAX_NODE_IDS = MAX_PAGE_SIZE;

@Resolver()
export class NodeResolver {
  @Auth(AuthRule.USER)
  @Query(() => Node, { nullable: true, description: 'Any record by its global id.' })
  async node(
    @Arg('id', () => ID, { description: "A global id, as a record's `id` field gives it." }) id: string,
    @Ctx() ctx: Context,
  ): Promise<Node | null> {
    return fetchNode(ctx, id);
  }

  @Auth(AuthRule.USER)
  @Query(() => [Node], {
    nullable: 'items',
    description: `Records by global id (at most ${MAX_NODE_IDS}), in the order asked; null where not found.`,
  })
  async nodes(
    @Arg('ids', () => [ID], { description: `Global ids, at most ${MAX_NODE_IDS}.` }) ids: string[],
    @Ctx() ctx: Context,
  ): Promise<Array<Node | null>> {
    if (ids.length > MAX_NODE_IDS) {
      throw new BadUserInputError(
        `nodes takes at most ${MAX_NODE_IDS} ids at once`,
        { ids: `at most ${MAX_NODE_IDS} ids at once` },
        LimitReason.TOO_MANY_IDS,
      );
    }
    return Promise.all(ids.map((id) => fetchNode(ctx, id)));
  }
}

async function fetchNode(ctx: Context, globalId: string): Promise<Node | null> {
  const { type, id } = fromGlobalId(globalId);
  const fetch = nodeFetchers.get(type);
  return fetch ? ((await fetch(ctx, id)) as Node | null) : null;
}
