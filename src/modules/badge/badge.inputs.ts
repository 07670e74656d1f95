import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { IsOptional } from 'class-validator';
import { Chars } from '../../common/text';
import { Badge, BadgeName } from './badge.entity';

@InputType({
  description: 'New texts for a catalog badge; its name is constant. Omitted or null texts stay as they are.',
})
export class UpdateBadgeInput {
  @Field(() => BadgeName)
  name!: BadgeName;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Chars(1, 120)
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Chars(1, 4000)
  description?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Chars(1, 4000)
  howToEarn?: string | null;
}

@ObjectType()
export class UpdateBadgePayload {
  @Field(() => Badge)
  badge!: Badge;
}

@ObjectType({ description: 'How much of the catalog a user has earned.' })
export class BadgeProgress {
  @Field(() => Int)
  earned!: number;

  @Field(() => Int, { description: 'Badges in the catalog.' })
  total!: number;
}
