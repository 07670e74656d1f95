import { ArrayMaxSize, IsOptional } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ConnectionArgs } from '../../common/pagination';
import { User } from '../user/user.entity';

@ArgsType()
export class NotificationsArgs extends ConnectionArgs {
  @Field(() => Boolean, { nullable: true, description: 'Only notifications not read yet.' })
  unreadOnly?: boolean | null;
}

@InputType({ description: 'Which notifications to mark read.' })
export class MarkNotificationsReadInput {
  @Field(() => [ID], {
    nullable: true,
    description: "Notifications to mark read; all of the viewer's when absent. Other users' ids are ignored.",
  })
  @IsOptional()
  @ArrayMaxSize(100)
  ids?: string[] | null;
}

@ObjectType({ description: 'The result of markNotificationsRead.' })
export class MarkNotificationsReadPayload {
  @Field(() => Int, { description: 'Notifications that changed from unread to read.' })
  markedCount!: number;

  @Field(() => User, { description: 'The viewer, with unread counts as committed (for client caches).' })
  viewer!: User;
}
