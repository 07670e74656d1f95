import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { User } from '../user/user.entity';
import { UserActivity } from './user-activity.entity';

@InputType()
export class CompleteTaskInput {
  @Field(() => ID, { description: 'One of your own activities, with a task attached.' })
  activityId!: string;
}

@ObjectType()
export class CompleteTaskPayload {
  @Field(() => UserActivity)
  activity!: UserActivity;

  @Field(() => User)
  user!: User;
}
