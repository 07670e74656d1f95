import { IsOptional, Matches } from 'class-validator';
import { Chars } from '../../common/text';
import { NonEmptyStringResolver } from 'graphql-scalars';
import { Field, InputType, ObjectType } from 'type-graphql';
import { Skill } from './skill.entity';

@InputType({ description: 'A new skill of the catalog.' })
export class CreateSkillInput {
  @Field(() => NonEmptyStringResolver, { description: 'Display name, 1..80 characters, unique.' })
  @Chars(1, 80)
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: "URL key, unique; derived from the name when absent ('Machine Learning' → 'machine-learning').",
  })
  @IsOptional()
  @Chars(1, 80)
  @Matches(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    message: 'slug must be lowercase letters and digits joined by single dashes',
  })
  slug?: string | null;
}

@ObjectType({ description: 'The result of createSkill.' })
export class CreateSkillPayload {
  @Field(() => Skill, { description: 'The skill created.' })
  skill!: Skill;
}
