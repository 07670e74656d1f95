import { IsEnum, IsOptional, IsString } from 'class-validator';
import { Chars, MaxChars } from '../../common/text';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { EnglishLevel } from '../user/user.entity';
import { Difficulty, Task, TaskType } from './task.entity';

const MARKDOWN_MAX = 100_000;

@InputType({ description: 'Narrows the task list; all given conditions must hold.' })
export class TaskFilter {
  @Field(() => TaskType, { nullable: true })
  type?: TaskType | null;

  @Field(() => Difficulty, { nullable: true })
  difficulty?: Difficulty | null;

  @Field(() => ID, { nullable: true, description: 'Only tasks written by this user.' })
  authorId?: string | null;
}

@InputType()
export class CreateTaskInput {
  @Field()
  @IsString()
  @Chars(1, 200)
  title!: string;

  @Field(() => String, { nullable: true, defaultValue: '' })
  @IsOptional()
  @IsString()
  @MaxChars(5000)
  description?: string | null;

  @Field({ description: 'Markdown' })
  @IsString()
  @Chars(1, MARKDOWN_MAX)
  content!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Markdown; shown to the author, admins and those who completed the task.',
  })
  @IsOptional()
  @IsString()
  @MaxChars(MARKDOWN_MAX)
  solvedContent?: string | null;

  @Field(() => TaskType)
  @IsEnum(TaskType)
  type!: TaskType;

  @Field(() => Difficulty)
  @IsEnum(Difficulty)
  difficulty!: Difficulty;

  @Field(() => EnglishLevel, { nullable: true })
  @IsOptional()
  @IsEnum(EnglishLevel)
  englishLevel?: EnglishLevel | null;
}

/** Absent fields stay as they are; null clears the nullable ones (solvedContent, englishLevel). */
@InputType()
export class UpdateTaskInput {
  @Field(() => ID)
  id!: string;

  // type-graphql skips null properties in validation; the service refuses null for required fields.
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Chars(1, 200)
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxChars(5000)
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'Markdown' })
  @IsOptional()
  @IsString()
  @Chars(1, MARKDOWN_MAX)
  content?: string | null;

  @Field(() => String, { nullable: true, description: 'Markdown; null clears it.' })
  @IsOptional()
  @IsString()
  @MaxChars(MARKDOWN_MAX)
  solvedContent?: string | null;

  @Field(() => TaskType, { nullable: true })
  @IsOptional()
  @IsEnum(TaskType)
  type?: TaskType | null;

  @Field(() => Difficulty, { nullable: true })
  @IsOptional()
  @IsEnum(Difficulty)
  difficulty?: Difficulty | null;

  @Field(() => EnglishLevel, { nullable: true, description: 'null clears it.' })
  @IsOptional()
  @IsEnum(EnglishLevel)
  englishLevel?: EnglishLevel | null;
}

@InputType()
export class DeleteTaskInput {
  @Field(() => ID)
  id!: string;
}

@ObjectType()
export class CreateTaskPayload {
  @Field(() => Task)
  task!: Task;
}

@ObjectType()
export class UpdateTaskPayload {
  @Field(() => Task)
  task!: Task;
}

@ObjectType()
export class DeleteTaskPayload {
  @Field(() => ID, { description: 'The global id the deleted task had.' })
  deletedTaskId!: string;
}
