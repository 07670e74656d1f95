import { IsBoolean, IsOptional, IsString, Matches } from 'class-validator';
import { MaxChars } from '../../common/text';
import { EmailAddressResolver } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import { ProfileFieldsInput } from './user.inputs';
import { UserStatus } from './user.entity';

@InputType({
  description: "An admin's changes to a user: profile fields, email and flags; absent fields stay as they are.",
})
export class UpdateUserInput extends ProfileFieldsInput {
  @Field(() => ID, { description: 'The user to change.' })
  id!: string;

  @Field(() => EmailAddressResolver, { nullable: true, description: 'New email, stored lowercase; must be unused.' })
  @IsString()
  @MaxChars(254)
  email?: string;

  @Field(() => Boolean, { nullable: true, description: 'True stops the user from sending messages.' })
  @IsBoolean()
  messagingDisabled?: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True stops the user from changing their own profile fields.',
  })
  @IsBoolean()
  profileFieldChangeDisabled?: boolean;

  @Field(() => String, { nullable: true, description: 'Why, up to 500 characters; recorded in the audit log.' })
  @IsOptional()
  @IsString()
  @MaxChars(500)
  reason?: string | null;
}

@InputType({ description: "A user's new status, and why." })
export class SetUserStatusInput {
  @Field(() => ID, { description: 'The user to suspend or reactivate.' })
  id!: string;

  @Field(() => UserStatus, { description: 'ACTIVE or SUSPENDED; DELETED only through deleteUser.' })
  status!: UserStatus;

  @Field({ description: 'Why, 1..500 characters; recorded in the audit log.' })
  @Matches(/\S/, { message: 'must not be blank' })
  @MaxChars(500)
  reason!: string;
}

@InputType({ description: 'The user to soft-delete, and why.' })
export class DeleteUserInput {
  @Field(() => ID, { description: 'The user to delete.' })
  id!: string;

  @Field({ description: 'Why, 1..500 characters; recorded in the audit log.' })
  @Matches(/\S/, { message: 'must not be blank' })
  @MaxChars(500)
  reason!: string;
}

@InputType({ description: 'The soft-deleted user to restore.' })
export class RestoreUserInput {
  @Field(() => ID, { description: 'The user to restore.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Why, up to 500 characters; recorded in the audit log.' })
  @IsOptional()
  @IsString()
  @MaxChars(500)
  reason?: string | null;
}
