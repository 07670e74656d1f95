import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { Node, Timestamped } from '../../common/node';
import { inEnum } from '../../common/sql';
import { Task } from '../task/task.entity';
import { User } from '../user/user.entity';
import { VirtualClass } from '../virtual-class/virtual-class.entity';

export enum ActivityRole {
  ANFITRION = 'ANFITRION',
  PARTICIPANTE = 'PARTICIPANTE',
}
registerEnumType(ActivityRole, {
  name: 'ActivityRole',
  description: 'ANFITRION = host, PARTICIPANTE = participant',
  valuesConfig: {
    ANFITRION: { description: 'The host, who booked the class.' },
    PARTICIPANTE: { description: 'A participant, who joined the class.' },
  },
});

/** A user's place in a class; unique per (user, class). */
@ObjectType({
  implements: Node,
  description: "A user's place in a class (as host or participant) and its completion; one per user and class.",
})
@Entity('user_activities')
@Index('user_activities_user_class_key', ['userId', 'classId'], { unique: true })
// A user's activities newest first (User.activities pages) straight off the index, without a sort.
@Index('user_activities_user_created_idx', ['userId', 'createdAt', 'id'])
@Check('user_activities_rol_check', inEnum('rol', ActivityRole))
@Check('user_activities_task_done_check', '"task_completed_at" IS NULL OR "task_id" IS NOT NULL')
export class UserActivity extends Timestamped {
  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<User>;

  @Index('user_activities_class_id_idx')
  @Column({ type: 'uuid' })
  classId!: string;

  @ManyToOne(() => VirtualClass, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'class_id' })
  virtualClass?: Relation<VirtualClass>;

  @Index('user_activities_task_id_idx')
  @Column({ type: 'uuid', nullable: true })
  taskId!: string | null;

  @ManyToOne(() => Task, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'task_id' })
  task?: Relation<Task> | null;

  @Field(() => ActivityRole, { description: 'Host or participant.' })
  @Column({ type: 'varchar', length: 16 })
  rol!: ActivityRole;

  @Field({ description: 'The class took place and its activity was uploaded.' })
  @Column({ default: false })
  completed!: boolean;

  @Field(() => Date, { nullable: true, description: "When the class's activity was uploaded; null until then." })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  completedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the user completed the attached task.' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  taskCompletedAt!: Date | null;
}
