import { Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { Context } from '../app/context';
import { Auth } from './auth.decorator';
import { AuthRule } from './rules';
import { signOutEverywhere } from './sign-out.service';
import { requireViewer } from './viewer';

@ObjectType()
export class SignOutEverywherePayload {
  @Field({ description: 'True once every token issued before this call is refused.' })
  success!: boolean;
}

@Resolver()
export class SignOutResolver {
  @Auth(AuthRule.USER)
  @Mutation(() => SignOutEverywherePayload, {
    description:
      'Signs the caller out on every device: all their tokens (including this one) stop working, and the web cookie is cleared.',
  })
  async signOutEverywhere(@Ctx() ctx: Context): Promise<SignOutEverywherePayload> {
    const viewer = requireViewer(ctx);
    await ctx.db.transaction((manager) => signOutEverywhere(manager, viewer.id, ctx.actor));
    ctx.session.clearCookie();
    return { success: true };
  }
}
