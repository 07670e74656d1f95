import { IsEnum, IsOptional, IsString } from 'class-validator';
import { Chars, MaxChars } from '../../common/text';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { EnglishLevel } from '../user/user.entity';
import { Difficulty, Task, TaskType } from './task.entity';

const MARKDOWN_MAX = 100_000;

@InputType({ description: 'Narrows the task list; all given conditions must hold.' })
export class TaskFilter {
  @Field(() => TaskType, { nullable: true, description: 'Only tasks of this form.' })
  type?: TaskType | null;

  @Field(() => Difficulty, { nullable: true, description: 'Only tasks of this difficulty.' })
  difficulty?: Difficulty | null;

  @Field(() => ID, { nullable: true, description: 'Only tasks written by this user.' })
  authorId?: string | null;
}

@InputType({ description: 'A new task, authored by the caller.' })
export class CreateTaskInput {
  @Field({ description: 'Title, 1..200 characters.' })
  @IsString()
  @Chars(1, 200)
  title!: string;

  @Field(() => String, { nullable: true, defaultValue: '', description: 'Short summary, up to 5000 characters.' })
  @IsOptional()
  @IsString()
  @MaxChars(5000)
  description?: string | null;

  @Field({ description: 'The task itself, in Markdown, 1..100000 characters.' })
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

  @Field(() => TaskType, { description: 'The form of the task.' })
  @IsEnum(TaskType)
  type!: TaskType;

  @Field(() => Difficulty, { description: 'How demanding the task is.' })
  @IsEnum(Difficulty)
  difficulty!: Difficulty;

  @Field(() => EnglishLevel, { nullable: true, description: 'The English level the task targets; absent for any.' })
  @IsOptional()
  @IsEnum(EnglishLevel)
  englishLevel?: EnglishLevel | null;
}

/** Absent fields stay as they are; null clears the nullable ones (solvedContent, englishLevel). */
@InputType({ description: 'Changes to a task: absent fields stay as they are.' })
export class UpdateTaskInput {
  @Field(() => ID, { description: 'The task to change.' })
  id!: string;

  // type-graphql skips null properties in validation; the service refuses null for required fields.
  @Field(() => String, { nullable: true, description: 'New title, 1..200 characters.' })
  @IsOptional()
  @IsString()
  @Chars(1, 200)
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'New summary, up to 5000 characters.' })
  @IsOptional()
  @IsString()
  @MaxChars(5000)
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'New content, in Markdown.' })
  @IsOptional()
  @IsString()
  @Chars(1, MARKDOWN_MAX)
  content?: string | null;

  @Field(() => String, { nullable: true, description: 'New solution, in Markdown; null clears it.' })
  @IsOptional()
  @IsString()
  @MaxChars(MARKDOWN_MAX)
  solvedContent?: string | null;

  @Field(() => TaskType, { nullable: true, description: 'New form.' })
  @IsOptional()
  @IsEnum(TaskType)
  type?: TaskType | null;

  @Field(() => Difficulty, { nullable: true, description: 'New difficulty.' })
  @IsOptional()
  @IsEnum(Difficulty)
  difficulty?: Difficulty | null;

  @Field(() => EnglishLevel, { nullable: true, description: 'New target English level; null clears it.' })
  @IsOptional()
  @IsEnum(EnglishLevel)
  englishLevel?: EnglishLevel | null;
}

@InputType({ description: 'The task to delete.' })
export class DeleteTaskInput {
  @Field(() => ID, { description: 'The task to delete.' })
  id!: string;
}

@ObjectType({ description: 'The result of createTask.' })
export class CreateTaskPayload {
  @Field(() => Task, { description: 'The task created.' })
  task!: Task;
}

@ObjectType({ description: 'The result of updateTask.' })
export class UpdateTaskPayload {
  @Field(() => Task, { description: 'The task as changed.' })
  task!: Task;
}

@ObjectType({ description: 'The result of deleteTask.' })
export class DeleteTaskPayload {
  @Field(() => ID, { description: 'The global id the deleted task had.' })
  deletedTaskId!: string;
}
