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
  description: 'The order of the user list.',
  valuesConfig: {
    CREATED_AT_DESC: { description: 'Newest sign-up first (the default).' },
    CREATED_AT_ASC: { description: 'Oldest sign-up first.' },
    NAME_ASC: { description: 'By "first last email", case-insensitive.' },
    NAME_DESC: { description: 'By "first last email", case-insensitive, Z to A.' },
    LAST_SIGN_IN_DESC: { description: 'Most recent sign-in first; never signed in last.' },
  },
});

@InputType({ description: 'Narrows the user list; all given conditions must hold.' })
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
  @Field(() => UserFilter, { nullable: true, description: 'Conditions the users must meet.' })
  @IsOptional()
  @ValidateNested()
  filter?: UserFilter | null;

  @Field(() => UserOrder, {
    nullable: true,
    defaultValue: UserOrder.CREATED_AT_DESC,
    description: 'The order of the list.',
  })
  orderBy?: UserOrder | null;
}
