import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';

import type { Context } from '../../app/context';

import { run } from '../../app/runner';

import { Auth } from '../../auth/auth.decorator';

import { AuthRule } from '../../auth/rules';

import { idOf } from '../../common/global-id';

import { readProfileInput, refuseNulls } from './profile-changes';

import { deleteUser, restoreUser, setUserStatus, updateUser, type UpdateUserCommand } from './user-admin.service';

import { DeleteUserInput, RestoreUserInput, SetUserStatusInput, UpdateUserInput } from './user-admin.inputs';

import { DeleteUserPayload, RestoreUserPayload, SetUserStatusPayload, UpdateUserPayload } from './user.payloads';

/** The profile fields of the input plus the admin-only email and flags, as a command. */
function updateUserCommand(input: UpdateUserInput): UpdateUserCommand {
  const userId = idOf('User', input.id, 'id');
  refuseNulls(input, ['email', 'messagingDisabled', 'profileFieldChangeDisabled']);
  const change = readProfileInput(input);
  if (input.email !== undefined) change.patch.email = input.email.trim().toLowerCase();
  if (input.messagingDisabled !== undefined) change.patch.messagingDisabled = input.messagingDisabled;
  if (input.profileFieldChangeDisabled !== undefined) {
    change.patch.profileFieldChangeDisabled = input.profileFieldChangeDisabled;
  }
  return { userId, change, revision: input.revision, reason: input.reason };
}

/** Admin operations on other users; only OWNERs act on OWNERs, and nobody suspends or deletes themselves. */
@Resolver()
export class UserAdminResolver {
  @Auth(AuthRule.ADMIN)
  @Mutation(() => UpdateUserPayload, { description: "Edits a user's profile, email and flags." })
  async updateUser(
    @Arg('input', { description: 'The user and the changes.' }) input: UpdateUserInput,
    @Ctx() ctx: Context,
  ): Promise<UpdateUserPayload> {
    const user = await run(ctx, updateUser, updateUserCommand(input));
    return { user };
  }

  @Auth(AuthRule.ADMIN)
  @Mutation(() => SetUserStatusPayload, { description: 'Suspends or reactivates a user.' })
  async setUserStatus(
    @Arg('input', { description: 'The user and the new status.' }) input: SetUserStatusInput,
    @Ctx() ctx: Context,
  ): Promise<SetUserStatusPayload> {
    const userId = idOf('User', input.id, 'id');
    const user = await run(ctx, setUserStatus, { userId, status: input.status, reason: input.reason });
    return { user };
  }

  @Auth(AuthRule.ADMIN)
  @Mutation(() => DeleteUserPayload, { description: 'Soft-deletes a user and ends their sessions.' })
  async deleteUser(
    @Arg('input', { description: 'The user to delete.' }) input: DeleteUserInput,
    @Ctx() ctx: Context,
  ): Promise<DeleteUserPayload> {
    const user = await run(ctx, deleteUser, { userId: idOf('User', input.id, 'id'), reason: input.reason });
    return { user };
  }

  @Auth(AuthRule.ADMIN)
  @Mutation(() => RestoreUserPayload, { description: 'Restores a soft-deleted user as ACTIVE.' })
  async restoreUser(
    @Arg('input', { description: 'The user to restore.' }) input: RestoreUserInput,
    @Ctx() ctx: Context,
  ): Promise<RestoreUserPayload> {
    const user = await run(ctx, restoreUser, { userId: idOf('User', input.id, 'id'), reason: input.reason });
    return { user };
  }
}
