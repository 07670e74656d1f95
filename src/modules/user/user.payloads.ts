import { Field, ObjectType } from 'type-graphql';
import { User } from './user.entity';

@ObjectType({ description: 'The result of updateProfile.' })
export class UpdateProfilePayload {
  @Field(() => User, { description: 'The caller, as changed.' })
  user!: User;
}

@ObjectType({ description: 'The result of completeProfile.' })
export class CompleteProfilePayload {
  @Field(() => User, { description: 'The caller.' })
  user!: User;

  @Field(() => [String], { description: 'Required profile fields still empty; empty when the profile is complete.' })
  missingFields!: string[];
}

@ObjectType({ description: 'The result of skipProfile.' })
export class SkipProfilePayload {
  @Field(() => User, { description: 'The caller, profileSkipped true.' })
  user!: User;
}

@ObjectType({ description: 'The result of updateUser.' })
export class UpdateUserPayload {
  @Field(() => User, { description: 'The user, as changed.' })
  user!: User;
}

@ObjectType({ description: 'The result of setUserStatus.' })
export class SetUserStatusPayload {
  @Field(() => User, { description: 'The user, with the new status.' })
  user!: User;
}

@ObjectType({ description: 'The result of deleteUser.' })
export class DeleteUserPayload {
  @Field(() => User, { description: 'The user, now DELETED.' })
  user!: User;
}

@ObjectType({ description: 'The result of restoreUser.' })
export class RestoreUserPayload {
  @Field(() => User, { description: 'The user, ACTIVE again.' })
  user!: User;
}
