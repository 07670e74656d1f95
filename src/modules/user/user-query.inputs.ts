import { IsOptional, IsString, ValidateNested } from 'class-validator';
import { MaxChars } from '../../common/text';
import { ArgsType, Field, InputType, registerEnumType } from 'type-graphql';
import { ConnectionArgs } from '../../common/pagination';
import { Role } from '../role/role';
import { UserStatus } from './user.entity';

export enum UserOrder {
  CREATED_AT_DESC = 'CREATED_AT_DESC',
  CREATED_AT_ASC = 'CREATED_AT_ASC',
  NAME_ASC = 'NAME_ASC',
  NAME_DESC = 'NAME_DESC',
  LAST_SIGN_IN_DESC = 'LAST_SIGN_IN_DESC',
}
registerEnumType(UserOrder, {
  name: 'UserOrder',
  valuesConfig: {
    NAME_ASC: { description: 'By "first last email", case-insensitive.' },
    LAST_SIGN_IN_DESC: { description: 'Most recent sign-in first; never signed in last.' },
  },
});

@InputType()
export class UserFilter {
  @Field(() => String, { nullable: true, description: 'Substring of the name or email, case-insensitive.' })
  @IsOptional()
  @IsString()
  @MaxChars(200)
  search?: string | null;

  @Field(() => Role, { nullable: true, description: 'Users holding this role now (at request time).' })
  role?: Role | null;

  @Field(() => UserStatus, { nullable: true, description: 'Default: every status except DELETED.' })
  status?: UserStatus | null;
}

@ArgsType()
export class UsersArgs extends ConnectionArgs {
  @Field(() => UserFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: UserFilter | null;

  @Field(() => UserOrder, { nullable: true, defaultValue: UserOrder.CREATED_AT_DESC })
  orderBy?: UserOrder | null;
}
