import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';

import type { Context } from '../../app/context';

import { run } from '../../app/runner';

import { Auth } from '../../auth/auth.decorator';

import { AuthRule } from '../../auth/rules';

import { readProfileInput } from './profile-changes';

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
  async updateProfile(
    @Arg('input', { description: 'The fields to change.' }) input: UpdateProfileInput,
    @Ctx() ctx: Context,
  ): Promise<UpdateProfilePayload> {
    const user = await run(ctx, updateProfile, { change: readProfileInput(input), revision: input.revision });
    return { user };
  }

  @Auth(AuthRule.USER)
  @Mutation(() => CompleteProfilePayload, {
    description: 'Marks your profile complete, or lists the required fields still missing.',
  })
  async completeProfile(@Ctx() ctx: Context): Promise<CompleteProfilePayload> {
    const { user, missingFields } = await run(ctx, completeProfile, {});
    return { user, missingFields };
  }

  @Auth(AuthRule.USER)
  @Mutation(() => SkipProfilePayload, { description: 'Skips the profile form for now.' })
  async skipProfile(@Ctx() ctx: Context): Promise<SkipProfilePayload> {
    const user = await run(ctx, skipProfile, {});
    return { user };
  }
}
