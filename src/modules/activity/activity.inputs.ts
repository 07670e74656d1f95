import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { User } from '../user/user.entity';
import { UserActivity } from './user-activity.entity';

@InputType({ description: 'The activity whose task the caller has done.' })
export class CompleteTaskInput {
  @Field(() => ID, { description: 'One of your own activities, with a task attached.' })
  activityId!: string;
}

@ObjectType({ description: 'The result of completeTask.' })
export class CompleteTaskPayload {
  @Field(() => UserActivity, { description: 'The activity, its task now completed.' })
  activity!: UserActivity;

  @Field(() => User, { description: 'The caller.' })
  user!: User;
}
