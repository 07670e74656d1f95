import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { Node, Timestamped } from '../../common/node';
import { inEnum } from '../../common/sql';
import { EnglishLevel, User } from '../user/user.entity';

export enum TaskType {
  EXAM = 'EXAM',
  AUDIO = 'AUDIO',
  VIDEO = 'VIDEO',
  READING = 'READING',
}
export enum Difficulty {
  EASY = 'EASY',
  MEDIUM = 'MEDIUM',
  HARD = 'HARD',
}
registerEnumType(TaskType, { name: 'TaskType' });
registerEnumType(Difficulty, { name: 'Difficulty' });

/** A learning activity; its solution is visible to the author, admins and those who completed it. */
@ObjectType({ implements: Node })
@Entity('tasks')
@Index('tasks_created_at_idx', ['createdAt'])
@Check('tasks_type_check', inEnum('type', TaskType))
@Check('tasks_difficulty_check', inEnum('difficulty', Difficulty))
@Check('tasks_english_level_check', `"english_level" IS NULL OR ${inEnum('english_level', EnglishLevel)}`)
export class Task extends Timestamped {
  @Field()
  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Field()
  @Column({ type: 'text', default: '' })
  description!: string;

  @Field({ description: 'Markdown' })
  @Column({ type: 'text', default: '' })
  content!: string;

  @Column({ type: 'text', nullable: true })
  solvedContent!: string | null;

  @Field(() => TaskType)
  @Column({ type: 'varchar', length: 16 })
  type!: TaskType;

  @Field(() => Difficulty)
  @Column({ type: 'varchar', length: 16 })
  difficulty!: Difficulty;

  @Field(() => EnglishLevel, { nullable: true })
  @Column({ type: 'varchar', length: 16, nullable: true })
  englishLevel!: EnglishLevel | null;

  @Index('tasks_author_id_idx')
  @Column({ type: 'uuid' })
  authorId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: Relation<User>;
}
