import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../app/context';
import { Auth } from '../../auth/auth.decorator';
import { AuthRule } from '../../auth/rules';
import { completeProfile, skipProfile, updateProfile } from './profile.service';
import { UpdateProfileInput } from './user.inputs';
import { CompleteProfilePayload, SkipProfilePayload, UpdateProfilePayload } from './user.payloads';

/** The viewer's own profile. */
@Resolver()
export class ProfileResolver {
  @Auth(AuthRule.USER)
  @Mutation(() => UpdateProfilePayload, {
    description: 'Edits your profile; send the revision you read to get CONFLICT instead of overwriting newer data.',
  })
  async updateProfile(@Arg('input') input: UpdateProfileInput, @Ctx() ctx: Context): Promise<UpdateProfilePayload> {
    return { user: await updateProfile(ctx, input) };
  }

  @Auth(AuthRule.USER)
  @Mutation(() => CompleteProfilePayload, {
    description: 'Marks your profile complete, or lists the required fields still missing.',
  })
  async completeProfile(@Ctx() ctx: Context): Promise<CompleteProfilePayload> {
    return completeProfile(ctx);
  }

  @Auth(AuthRule.USER)
  @Mutation(() => SkipProfilePayload, { description: 'Skips the profile form for now.' })
  async skipProfile(@Ctx() ctx: Context): Promise<SkipProfilePayload> {
    return { user: await skipProfile(ctx) };
  }
}
