import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { IsOptional } from 'class-validator';
import { Chars } from '../../common/text';
import { Badge, BadgeName } from './badge.entity';

@InputType({
  description: 'New texts for a catalog badge; its name is constant. Omitted or null texts stay as they are.',
})
export class UpdateBadgeInput {
  @Field(() => BadgeName, { description: 'The badge to edit.' })
  name!: BadgeName;

  @Field(() => String, { nullable: true, description: 'New title, 1..120 characters.' })
  @IsOptional()
  @Chars(1, 120)
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'New description, 1..4000 characters.' })
  @IsOptional()
  @Chars(1, 4000)
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'New how-to-earn text, 1..4000 characters.' })
  @IsOptional()
  @Chars(1, 4000)
  howToEarn?: string | null;
}

@ObjectType({ description: 'The result of updateBadge.' })
export class UpdateBadgePayload {
  @Field(() => Badge, { description: 'The badge as edited.' })
  badge!: Badge;
}

@ObjectType({ description: 'How much of the catalog a user has earned.' })
export class BadgeProgress {
  @Field(() => Int, { description: 'Badges the user earned.' })
  earned!: number;

  @Field(() => Int, { description: 'Badges in the catalog.' })
  total!: number;
}
