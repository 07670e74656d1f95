import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Info, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context';
import { run } from '../../app/runner';
import { Auth } from '../../auth/auth.decorator';
import { AuthRule } from '../../auth/rules';
import { idOf } from '../../common/global-id';
import { User } from '../user/user.entity';
import { loadUser } from '../user/user.loading';
import {
  AssignRoleInput,
  AssignRolePayload,
  BulkAssignRoleInput,
  BulkAssignRolePayload,
  RevokeRoleInput,
  RevokeRolePayload,
} from './role.inputs';
import { assignRole, bulkAssignRole, revokeRole } from './role-change.service';
import { UserRole } from './user-role.entity';

@Resolver(() => UserRole)
export class RoleResolver {
  @Auth(AuthRule.ADMIN)
  @Mutation(() => AssignRolePayload, {
    description: 'Gives a user a role over a time window. ADMIN and OWNER can only be assigned by an owner.',
  })
  async assignRole(
    @Arg('input', { description: 'The user, role and window.' }) input: AssignRoleInput,
    @Ctx() ctx: Context,
  ): Promise<AssignRolePayload> {
    const userRole = await run(ctx, assignRole, { ...input, userId: idOf('User', input.userId, 'userId') });
    return { userRole, user: await loadUser(ctx, userRole.userId) };
  }

  @Auth(AuthRule.ADMIN)
  @Mutation(() => RevokeRolePayload, {
    description: 'Ends a role window now (a future window is deactivated). ADMIN and OWNER need an owner.',
  })
  async revokeRole(
    @Arg('input', { description: 'The role window to end.' }) input: RevokeRoleInput,
    @Ctx() ctx: Context,
  ): Promise<RevokeRolePayload> {
    const userRoleId = idOf('UserRole', input.userRoleId, 'userRoleId');
    const userRole = await run(ctx, revokeRole, { userRoleId, reason: input.reason });
    return { userRole, user: await loadUser(ctx, userRole.userId) };
  }

  @Auth(AuthRule.ADMIN)
  @Mutation(() => BulkAssignRolePayload, {
    description: 'Gives up to 100 users a role from now on, all or nothing; an error names the user that failed.',
  })
  async bulkAssignRole(
    @Arg('input', { description: 'The users and the role.' }) input: BulkAssignRoleInput,
    @Ctx() ctx: Context,
  ): Promise<BulkAssignRolePayload> {
    const userIds = input.userIds.map((id, i) => idOf('User', id, `userIds[${i}]`));
    const userRoles = await run(ctx, bulkAssignRole, { userIds, role: input.role, reason: input.reason });
    const users = await Promise.all(userRoles.map((r) => loadUser(ctx, r.userId)));
    return { userRoles, users };
  }

  @FieldResolver(() => User, { description: 'Who holds the role.' })
  user(@Root() role: UserRole, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): User | Promise<User> {
    return ctx.loaders.reads.required(role, info, 'User');
  }

  // Internal remarks about a grant: the user may see their role history, but not what admins noted.
  @Auth(AuthRule.ADMIN)
  @FieldResolver(() => String, { nullable: true, description: 'Internal remarks about the grant.' })
  adminNotes(@Root() role: UserRole): string | null {
    return role.adminNotes;
  }

  @FieldResolver(() => User, {
    nullable: true,
    description: 'Who granted the role; null for sign-up and bootstrap grants.',
  })
  assignedBy(
    @Root() role: UserRole,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): User | null | Promise<User | null> {
    return ctx.loaders.reads.relation(role, info);
  }
}
