import { IsEmail } from 'class-validator';
import { EmailAddressResolver } from 'graphql-scalars';
import { Arg, Ctx, Field, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { Context } from '../app/context';
import { runAsCaller } from '../app/runner';
import { Auth } from './auth.decorator';
import { AuthRule } from './rules';
import { effectiveRoles } from '../modules/role/role.service';
import { User } from '../modules/user/user.entity';
import { signIn } from './sign-in.service';
import { issueToken } from './tokens';

@InputType({ description: 'Whom to sign in as (development only).' })
export class DevSignInInput {
  @Field(() => EmailAddressResolver, { description: 'Email of the user; a new one is created as a LEARNER.' })
  @IsEmail()
  email!: string;
}

@ObjectType({ description: 'The result of devSignIn.' })
export class DevSignInPayload {
  @Field({ description: 'Bearer token for the Authorization header.' })
  token!: string;

  @Field(() => User, { description: 'The signed-in user.' })
  user!: User;
}

/** Development-only sign-in by email; only part of the schema when NODE_ENV=development and AUTH_DEV_LOGIN=true. */
@Resolver()
export class DevSignInResolver {
  @Auth(AuthRule.PUBLIC)
  @Mutation(() => DevSignInPayload, {
    description: 'Development only: sign in by email, creating the user when absent.',
  })
  async devSignIn(
    @Arg('input', { description: 'Whom to sign in as.' }) input: DevSignInInput,
    @Ctx() ctx: Context,
  ): Promise<DevSignInPayload> {
    const { user } = await runAsCaller(ctx, signIn, {
      profile: { email: input.email, provider: 'DEV' },
      ownerEmails: ctx.deps.env.OWNER_EMAILS,
    });
    // The rest of this request acts as the signed-in user, so the payload's private fields resolve
    // (the runner emptied the loaders, so the roles read here include an OWNER just granted).
    const roles = effectiveRoles(await ctx.loaders.rolesByUserId.load(user.id), ctx.actor.now);
    ctx.viewer = user;
    ctx.actor = { ...ctx.actor, userId: user.id, roles };
    return { token: issueToken(user, ctx.deps.env.JWT_SECRET, ctx.actor.now), user };
  }
}
