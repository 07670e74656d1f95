import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { Node, Timestamped } from '../../common/node';
import { inEnum } from '../../common/sql';
import { Task } from '../task/task.entity';
import { User } from '../user/user.entity';
import { ClassStatus, classEndsAt, classStatusAt } from './class-status';

export enum ClassType {
  INDIVIDUAL = 'INDIVIDUAL',
  GRUPAL = 'GRUPAL',
}
// Re-exported so the entity stays the one import for the class's types.
export { ClassStatus };
registerEnumType(ClassType, { name: 'ClassType' });
registerEnumType(ClassStatus, { name: 'ClassStatus' });

@ObjectType({ implements: Node })
@Entity('virtual_classes')
@Index('virtual_classes_starts_at_idx', ['startsAt'])
@Index('virtual_classes_created_at_idx', ['createdAt'])
@Check('virtual_classes_type_check', inEnum('class_type', ClassType))
@Check('virtual_classes_status_check', `"status" IN ('SCHEDULED', 'COMPLETED', 'CANCELLED')`)
@Check('virtual_classes_duration_check', '"duration_minutes" BETWEEN 1 AND 1440')
@Check('virtual_classes_max_check', `"max_participants" >= 1 AND ("class_type" = 'GRUPAL' OR "max_participants" = 1)`)
@Check('virtual_classes_capacity_check', '"participant_count" BETWEEN 1 AND "max_participants"')
export class VirtualClass extends Timestamped {
  @Field()
  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Field()
  @Column({ type: 'timestamptz', precision: 3 })
  startsAt!: Date;

  @Field(() => Int)
  @Column({ type: 'int' })
  durationMinutes!: number;

  @Field(() => ClassType)
  @Column({ type: 'varchar', length: 16 })
  classType!: ClassType;

  @Field(() => Int, { description: 'Everyone in the class, host included.' })
  @Column({ type: 'int' })
  maxParticipants!: number;

  /** Host included; kept by the same statements that add or remove a participation, bounded by a CHECK. */
  @Column({ type: 'int', default: 1 })
  participantCount!: number;

  @Index('virtual_classes_status_idx')
  @Column({ name: 'status', type: 'varchar', length: 16, default: ClassStatus.SCHEDULED })
  storedStatus!: ClassStatus;

  @Index('virtual_classes_host_id_idx')
  @Column({ type: 'uuid' })
  hostId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'host_id' })
  host?: Relation<User>;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 2048, nullable: true })
  meetingUrl!: string | null;

  @Index('virtual_classes_task_id_idx')
  @Column({ type: 'uuid', nullable: true })
  taskId!: string | null;

  @ManyToOne(() => Task, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'task_id' })
  task?: Relation<Task> | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  cancelReason!: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  completedAt!: Date | null;

  get endsAt(): Date {
    return classEndsAt(this);
  }

  /** The status a reader sees: PENDING once a scheduled class has ended without its activity (class-status.ts). */
  statusAt(now: Date): ClassStatus {
    return classStatusAt(this, now);
  }
}
