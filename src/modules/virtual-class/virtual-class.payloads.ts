import { IdempotentPayload } from '../../app/idempotency/idempotent-input';
import { Field, ObjectType } from 'type-graphql';
import { UserActivity } from '../activity/user-activity.entity';
import { VirtualClass } from './virtual-class.entity';

@ObjectType()
export class BookClassPayload extends IdempotentPayload {
  @Field(() => VirtualClass)
  virtualClass!: VirtualClass;
}

@ObjectType()
export class JoinClassPayload extends IdempotentPayload {
  @Field(() => VirtualClass)
  virtualClass!: VirtualClass;

  @Field(() => UserActivity, { description: "The caller's new participation." })
  activity!: UserActivity;
}

@ObjectType()
export class LeaveClassPayload {
  @Field(() => VirtualClass)
  virtualClass!: VirtualClass;
}

@ObjectType()
export class CancelClassPayload {
  @Field(() => VirtualClass)
  virtualClass!: VirtualClass;
}

@ObjectType()
export class CompleteClassPayload {
  @Field(() => VirtualClass)
  virtualClass!: VirtualClass;
}
