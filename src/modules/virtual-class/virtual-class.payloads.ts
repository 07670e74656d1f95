import { IdempotentPayload } from '../../app/idempotency/idempotent-input';
import { Field, ObjectType } from 'type-graphql';
import { UserActivity } from '../activity/user-activity.entity';
import { VirtualClass } from './virtual-class.entity';

@ObjectType({ description: 'The result of bookClass.' })
export class BookClassPayload extends IdempotentPayload {
  @Field(() => VirtualClass, { description: 'The class booked, SCHEDULED, with the caller as host.' })
  virtualClass!: VirtualClass;
}

@ObjectType({ description: 'The result of joinClass.' })
export class JoinClassPayload extends IdempotentPayload {
  @Field(() => VirtualClass, { description: 'The class joined.' })
  virtualClass!: VirtualClass;

  @Field(() => UserActivity, { description: "The caller's new participation." })
  activity!: UserActivity;
}

@ObjectType({ description: 'The result of leaveClass.' })
export class LeaveClassPayload {
  @Field(() => VirtualClass, { description: 'The class left.' })
  virtualClass!: VirtualClass;
}

@ObjectType({ description: 'The result of cancelClass.' })
export class CancelClassPayload {
  @Field(() => VirtualClass, { description: 'The class, now CANCELLED.' })
  virtualClass!: VirtualClass;
}

@ObjectType({ description: 'The result of completeClass.' })
export class CompleteClassPayload {
  @Field(() => VirtualClass, { description: 'The class, now COMPLETED.' })
  virtualClass!: VirtualClass;
}
