import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsOptional } from 'class-validator';
import { MaxChars } from '../../common/text';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { User } from '../user/user.entity';
import { Role } from './role';
import { UserRole } from './user-role.entity';

export const MAX_BULK_USERS = 100;

@InputType()
export class AssignRoleInput {
  @Field(() => ID)
  userId!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => Date, { nullable: true, description: 'Defaults to now.' })
  @IsOptional()
  effectiveStartDate?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Null for an open-ended window.' })
  @IsOptional()
  effectiveEndDate?: Date | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxChars(1000)
  reason?: string | null;

  @Field(() => String, { nullable: true, description: 'Internal remarks, readable by admins only.' })
  @IsOptional()
  @MaxChars(4000)
  adminNotes?: string | null;
}

@InputType()
export class RevokeRoleInput {
  @Field(() => ID)
  userRoleId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxChars(1000)
  reason?: string | null;
}

@InputType()
export class BulkAssignRoleInput {
  @Field(() => [ID], { description: `1..${MAX_BULK_USERS} distinct users.` })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_BULK_USERS)
  @ArrayUnique()
  userIds!: string[];

  @Field(() => Role)
  role!: Role;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxChars(1000)
  reason?: string | null;
}

@ObjectType()
export class AssignRolePayload {
  @Field(() => UserRole)
  userRole!: UserRole;

  @Field(() => User)
  user!: User;
}

@ObjectType()
export class RevokeRolePayload {
  @Field(() => UserRole)
  userRole!: UserRole;

  @Field(() => User)
  user!: User;
}

@ObjectType()
export class BulkAssignRolePayload {
  @Field(() => [UserRole], { description: 'The new windows, in the order of the input ids.' })
  userRoles!: UserRole[];

  @Field(() => [User], { description: 'The users, in the order of the input ids.' })
  users!: User[];
}
