import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { fromGlobalId } from '../common/global-id';
import { Node } from '../common/node';
import type { Context } from './context';

type Fetch = (ctx: Context, id: string) => Promise<Node | null>;

/** How each Node type is loaded by id; a type missing here is not fetchable through `node`. */
const fetchers: Record<string, Fetch> = {
  User: (ctx, id) => ctx.loaders.userById.load(id),
  Skill: (ctx, id) => ctx.loaders.skillById.load(id),
};

@Resolver()
export class NodeResolver {
  @Authorized()
  @Query(() => Node, { nullable: true, description: 'Any record by its global id.' })
  async node(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Node | null> {
    return fetchNode(ctx, id);
  }

  @Authorized()
  @Query(() => [Node], {
    nullable: 'items',
    description: 'Records by global id, in the order asked; null where not found.',
  })
  async nodes(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: Context): Promise<Array<Node | null>> {
    return Promise.all(ids.map((id) => fetchNode(ctx, id)));
  }
}

async function fetchNode(ctx: Context, globalId: string): Promise<Node | null> {
  const { type, id } = fromGlobalId(globalId);
  const fetch = fetchers[type];
  return fetch ? fetch(ctx, id) : null;
}
