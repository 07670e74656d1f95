import { IsBoolean, IsOptional, IsString, Matches } from 'class-validator';
import { MaxChars } from '../../common/text';
import { EmailAddressResolver } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import { ProfileFieldsInput } from './user.inputs';
import { UserStatus } from './user.entity';

@InputType()
export class UpdateUserInput extends ProfileFieldsInput {
  @Field(() => ID)
  id!: string;

  @Field(() => EmailAddressResolver, { nullable: true })
  @IsString()
  @MaxChars(254)
  email?: string;

  @Field(() => Boolean, { nullable: true })
  @IsBoolean()
  messagingDisabled?: boolean;

  @Field(() => Boolean, { nullable: true })
  @IsBoolean()
  profileFieldChangeDisabled?: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxChars(500)
  reason?: string | null;
}

@InputType()
export class SetUserStatusInput {
  @Field(() => ID)
  id!: string;

  @Field(() => UserStatus, { description: 'ACTIVE or SUSPENDED; DELETED only through deleteUser.' })
  status!: UserStatus;

  @Field()
  @Matches(/\S/, { message: 'must not be blank' })
  @MaxChars(500)
  reason!: string;
}

@InputType()
export class DeleteUserInput {
  @Field(() => ID)
  id!: string;

  @Field()
  @Matches(/\S/, { message: 'must not be blank' })
  @MaxChars(500)
  reason!: string;
}

@InputType()
export class RestoreUserInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxChars(500)
  reason?: string | null;
}
