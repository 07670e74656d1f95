import { URLResolver } from 'graphql-scalars';
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
registerEnumType(ClassType, {
  name: 'ClassType',
  description: 'Who a class is for.',
  valuesConfig: {
    INDIVIDUAL: { description: 'The host alone (maxParticipants 1): nobody can join.' },
    GRUPAL: { description: 'A group class: others join up to maxParticipants.' },
  },
});
registerEnumType(ClassStatus, {
  name: 'ClassStatus',
  description: "Where a class is in its life, as read at the request's time.",
  valuesConfig: {
    SCHEDULED: { description: 'Booked and not ended yet; open to joining until it starts.' },
    PENDING: { description: 'Scheduled and ended, its activity not uploaded yet (completeClass).' },
    COMPLETED: { description: "Its activity was uploaded and the members' activities completed." },
    CANCELLED: { description: 'Cancelled by the host or an admin.' },
  },
});

@ObjectType({
  implements: Node,
  description: 'A live online class booked by its host, which other users join.',
})
@Entity('virtual_classes')
@Index('virtual_classes_starts_at_idx', ['startsAt'])
@Index('virtual_classes_created_at_idx', ['createdAt'])
@Check('virtual_classes_type_check', inEnum('class_type', ClassType))
@Check('virtual_classes_status_check', `"status" IN ('SCHEDULED', 'COMPLETED', 'CANCELLED')`)
@Check('virtual_classes_duration_check', '"duration_minutes" BETWEEN 1 AND 1440')
@Check('virtual_classes_max_check', `"max_participants" >= 1 AND ("class_type" = 'GRUPAL' OR "max_participants" = 1)`)
@Check('virtual_classes_capacity_check', '"participant_count" BETWEEN 1 AND "max_participants"')
export class VirtualClass extends Timestamped {
  @Field({ description: 'Title, 1..200 characters.' })
  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Field({ description: 'When the class starts.' })
  @Column({ type: 'timestamptz', precision: 3 })
  startsAt!: Date;

  @Field(() => Int, { description: 'Length in minutes, 1..1440.' })
  @Column({ type: 'int' })
  durationMinutes!: number;

  @Field(() => ClassType, { description: 'Individual or group class.' })
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

  @Field(() => URLResolver, { nullable: true, description: 'Link to the online meeting; null when none was given.' })
  @Column({ type: 'varchar', length: 2048, nullable: true })
  meetingUrl!: string | null;

  @Index('virtual_classes_task_id_idx')
  @Column({ type: 'uuid', nullable: true })
  taskId!: string | null;

  @ManyToOne(() => Task, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'task_id' })
  task?: Relation<Task> | null;

  @Field(() => String, { nullable: true, description: 'Why it was cancelled; null unless CANCELLED with a reason.' })
  @Column({ type: 'text', nullable: true })
  cancelReason!: string | null;

  @Field(() => Date, { nullable: true, description: 'When its activity was uploaded; null until COMPLETED.' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  completedAt!: Date | null;

  /**
   * The calendar feed's SEQUENCE: +1 whenever what a calendar shows changes (title, time, duration,
   * link, status, cancel reason). Written only by the trigger of migration CreateIcsFeeds, so every
   * writer bumps it and none can set it back; TypeORM never writes it.
   */
  @Column({ type: 'int', default: 0, insert: false, update: false })
  sequence!: number;

  /** The class's event on the Google calendar, once created (src/modules/google-calendar); not a GraphQL field. */
  @Column({ type: 'varchar', length: 1024, nullable: true })
  googleEventId!: string | null;

  get endsAt(): Date {
    return classEndsAt(this);
  }

  /** The status a reader sees: PENDING once a scheduled class has ended without its activity (class-status.ts). */
  statusAt(now: Date): ClassStatus {
    return classStatusAt(this, now);
  }
}
