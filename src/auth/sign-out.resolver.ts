import { Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { Context } from '../app/context';
import { run } from '../app/runner';
import { Auth } from './auth.decorator';
import { AuthRule } from './rules';
import { signOutEverywhere } from './sign-out.service';

@ObjectType({ description: 'The result of signOutEverywhere.' })
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
    await run(ctx, signOutEverywhere, {});
    ctx.session.clearCookie();
    return { success: true };
  }
}
