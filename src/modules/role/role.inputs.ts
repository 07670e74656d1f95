import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsOptional } from 'class-validator';
import { MaxChars } from '../../common/text';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { User } from '../user/user.entity';
import { Role } from './role';
import { UserRole } from './user-role.entity';

export const MAX_BULK_USERS = 100;

@InputType({ description: 'A role window to give a user.' })
export class AssignRoleInput {
  @Field(() => ID, { description: 'The user who receives the role.' })
  userId!: string;

  @Field(() => Role, { description: 'The role to give.' })
  role!: Role;

  @Field(() => Date, { nullable: true, description: 'Defaults to now.' })
  @IsOptional()
  effectiveStartDate?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Null for an open-ended window.' })
  @IsOptional()
  effectiveEndDate?: Date | null;

  @Field(() => String, { nullable: true, description: 'Why, up to 1000 characters; recorded in the audit log.' })
  @IsOptional()
  @MaxChars(1000)
  reason?: string | null;

  @Field(() => String, { nullable: true, description: 'Internal remarks, readable by admins only.' })
  @IsOptional()
  @MaxChars(4000)
  adminNotes?: string | null;
}

@InputType({ description: 'A role window to end.' })
export class RevokeRoleInput {
  @Field(() => ID, { description: 'The role window (UserRole) to end.' })
  userRoleId!: string;

  @Field(() => String, { nullable: true, description: 'Why, up to 1000 characters; recorded in the audit log.' })
  @IsOptional()
  @MaxChars(1000)
  reason?: string | null;
}

@InputType({ description: 'A role to give several users from now on.' })
export class BulkAssignRoleInput {
  @Field(() => [ID], { description: `1..${MAX_BULK_USERS} distinct users.` })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_BULK_USERS)
  @ArrayUnique()
  userIds!: string[];

  @Field(() => Role, { description: 'The role to give.' })
  role!: Role;

  @Field(() => String, { nullable: true, description: 'Why, up to 1000 characters; recorded in the audit log.' })
  @IsOptional()
  @MaxChars(1000)
  reason?: string | null;
}

@ObjectType({ description: 'The result of assignRole.' })
export class AssignRolePayload {
  @Field(() => UserRole, { description: 'The new role window.' })
  userRole!: UserRole;

  @Field(() => User, { description: 'The user, with roles as changed.' })
  user!: User;
}

@ObjectType({ description: 'The result of revokeRole.' })
export class RevokeRolePayload {
  @Field(() => UserRole, { description: 'The role window, now ended or deactivated.' })
  userRole!: UserRole;

  @Field(() => User, { description: 'The user, with roles as changed.' })
  user!: User;
}

@ObjectType({ description: 'The result of bulkAssignRole.' })
export class BulkAssignRolePayload {
  @Field(() => [UserRole], { description: 'The new windows, in the order of the input ids.' })
  userRoles!: UserRole[];

  @Field(() => [User], { description: 'The users, in the order of the input ids.' })
  users!: User[];
}
