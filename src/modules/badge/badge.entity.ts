import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, Entity, Index } from 'typeorm';
import { Node, Timestamped } from '../../common/node';
import { inEnum } from '../../common/sql';

export enum BadgeName {
  FIRST_CLASS_BOOKED = 'FIRST_CLASS_BOOKED',
  FIRST_CLASS_JOINED = 'FIRST_CLASS_JOINED',
  FIRST_TASK_COMPLETED = 'FIRST_TASK_COMPLETED',
  TEN_CLASSES_COMPLETED = 'TEN_CLASSES_COMPLETED',
  PROFILE_COMPLETED = 'PROFILE_COMPLETED',
  FIRST_MENTORSHIP_STARTED = 'FIRST_MENTORSHIP_STARTED',
  FIRST_MESSAGE_SENT = 'FIRST_MESSAGE_SENT',
  MENTOR_APPROVED = 'MENTOR_APPROVED',
}
registerEnumType(BadgeName, { name: 'BadgeName' });

/** The badge catalog; its rows are written by a migration. */
@ObjectType({ implements: Node })
@Entity('badges')
@Check('badges_name_check', inEnum('name', BadgeName))
export class Badge extends Timestamped {
  @Field(() => BadgeName)
  @Index('badges_name_key', { unique: true })
  @Column({ type: 'varchar', length: 40 })
  name!: BadgeName;

  @Field()
  @Column({ type: 'varchar', length: 120 })
  title!: string;

  @Field()
  @Column({ type: 'text' })
  description!: string;

  @Field()
  @Column({ type: 'text' })
  howToEarn!: string;
}
