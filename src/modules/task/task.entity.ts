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
registerEnumType(TaskType, {
  name: 'TaskType',
  description: 'The form of a task.',
  valuesConfig: {
    EXAM: { description: 'Questions to answer.' },
    AUDIO: { description: 'A recording to listen to.' },
    VIDEO: { description: 'A video to watch.' },
    READING: { description: 'A text to read.' },
  },
});
registerEnumType(Difficulty, {
  name: 'Difficulty',
  description: 'How demanding a task is.',
  valuesConfig: {
    EASY: { description: 'For beginners.' },
    MEDIUM: { description: 'Needs some practice.' },
    HARD: { description: 'For advanced learners.' },
  },
});

/** A learning activity; its solution is visible to the author, admins and those who completed it. */
@ObjectType({
  implements: Node,
  description: 'A learning task (exam, audio, video or reading) that classes assign and learners complete.',
})
@Entity('tasks')
@Index('tasks_created_at_idx', ['createdAt'])
@Check('tasks_type_check', inEnum('type', TaskType))
@Check('tasks_difficulty_check', inEnum('difficulty', Difficulty))
@Check('tasks_english_level_check', `"english_level" IS NULL OR ${inEnum('english_level', EnglishLevel)}`)
export class Task extends Timestamped {
  @Field({ description: 'Title, 1..200 characters.' })
  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Field({ description: 'Short summary, plain text; empty when none was given.' })
  @Column({ type: 'text', default: '' })
  description!: string;

  @Field({ description: 'The task itself, in Markdown.' })
  @Column({ type: 'text', default: '' })
  content!: string;

  @Column({ type: 'text', nullable: true })
  solvedContent!: string | null;

  @Field(() => TaskType, { description: 'The form of the task.' })
  @Column({ type: 'varchar', length: 16 })
  type!: TaskType;

  @Field(() => Difficulty, { description: 'How demanding the task is.' })
  @Column({ type: 'varchar', length: 16 })
  difficulty!: Difficulty;

  @Field(() => EnglishLevel, { nullable: true, description: 'The English level the task targets; null for any.' })
  @Column({ type: 'varchar', length: 16, nullable: true })
  englishLevel!: EnglishLevel | null;

  @Index('tasks_author_id_idx')
  @Column({ type: 'uuid' })
  authorId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: Relation<User>;
}
