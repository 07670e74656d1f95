import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../app/context';
import { Auth } from '../../auth/auth.decorator';
import { AuthRule } from '../../auth/rules';
import { deleteUser, restoreUser, setUserStatus, updateUser } from './user-admin.service';
import { DeleteUserInput, RestoreUserInput, SetUserStatusInput, UpdateUserInput } from './user-admin.inputs';
import { DeleteUserPayload, RestoreUserPayload, SetUserStatusPayload, UpdateUserPayload } from './user.payloads';

/** Admin operations on other users; only OWNERs act on OWNERs, and nobody suspends or deletes themselves. */
@Resolver()
export class UserAdminResolver {
  @Auth(AuthRule.ADMIN)
  @Mutation(() => UpdateUserPayload, { description: "Edits a user's profile, email and flags." })
  async updateUser(@Arg('input') input: UpdateUserInput, @Ctx() ctx: Context): Promise<UpdateUserPayload> {
    return { user: await updateUser(ctx, input) };
  }

  @Auth(AuthRule.ADMIN)
  @Mutation(() => SetUserStatusPayload, { description: 'Suspends or reactivates a user.' })
  async setUserStatus(@Arg('input') input: SetUserStatusInput, @Ctx() ctx: Context): Promise<SetUserStatusPayload> {
    return { user: await setUserStatus(ctx, input) };
  }

  @Auth(AuthRule.ADMIN)
  @Mutation(() => DeleteUserPayload, { description: 'Soft-deletes a user and ends their sessions.' })
  async deleteUser(@Arg('input') input: DeleteUserInput, @Ctx() ctx: Context): Promise<DeleteUserPayload> {
    return { user: await deleteUser(ctx, input) };
  }

  @Auth(AuthRule.ADMIN)
  @Mutation(() => RestoreUserPayload, { description: 'Restores a soft-deleted user as ACTIVE.' })
  async restoreUser(@Arg('input') input: RestoreUserInput, @Ctx() ctx: Context): Promise<RestoreUserPayload> {
    return { user: await restoreUser(ctx, input) };
  }
}
