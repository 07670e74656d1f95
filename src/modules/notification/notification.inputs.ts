import { ArrayMaxSize, IsOptional } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ConnectionArgs } from '../../common/pagination';
import { User } from '../user/user.entity';

@ArgsType()
export class NotificationsArgs extends ConnectionArgs {
  @Field(() => Boolean, { nullable: true, description: 'Only notifications not read yet.' })
  unreadOnly?: boolean | null;
}

@InputType()
export class MarkNotificationsReadInput {
  @Field(() => [ID], {
    nullable: true,
    description: "Notifications to mark read; all of the viewer's when absent. Other users' ids are ignored.",
  })
  @IsOptional()
  @ArrayMaxSize(100)
  ids?: string[] | null;
}

@ObjectType()
export class MarkNotificationsReadPayload {
  @Field(() => Int, { description: 'Notifications that changed from unread to read.' })
  markedCount!: number;

  @Field(() => User, { nullable: true })
  viewer!: User | null;
}
