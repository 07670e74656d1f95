import { Field, ObjectType } from 'type-graphql';
import { User } from './user.entity';

@ObjectType()
export class UpdateProfilePayload {
  @Field(() => User)
  user!: User;
}

@ObjectType()
export class CompleteProfilePayload {
  @Field(() => User)
  user!: User;

  @Field(() => [String], { description: 'Required profile fields still empty; empty when the profile is complete.' })
  missingFields!: string[];
}

@ObjectType()
export class SkipProfilePayload {
  @Field(() => User)
  user!: User;
}

@ObjectType()
export class UpdateUserPayload {
  @Field(() => User)
  user!: User;
}

@ObjectType()
export class SetUserStatusPayload {
  @Field(() => User)
  user!: User;
}

@ObjectType()
export class DeleteUserPayload {
  @Field(() => User)
  user!: User;
}

@ObjectType()
export class RestoreUserPayload {
  @Field(() => User)
  user!: User;
}
