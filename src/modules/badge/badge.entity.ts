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
registerEnumType(BadgeName, {
  name: 'BadgeName',
  description: "A badge's constant name; each is awarded at most once per user.",
  valuesConfig: {
    FIRST_CLASS_BOOKED: { description: 'Booked a first class.' },
    FIRST_CLASS_JOINED: { description: 'Joined a first class as a participant.' },
    FIRST_TASK_COMPLETED: { description: 'Completed a first task.' },
    TEN_CLASSES_COMPLETED: { description: 'Completed ten classes (totalClasses reached 10).' },
    PROFILE_COMPLETED: { description: 'Filled every required profile field.' },
    FIRST_MENTORSHIP_STARTED: { description: 'A first mentorship became ACTIVE, as mentor or mentee.' },
    FIRST_MESSAGE_SENT: { description: 'Sent a first message in a mentorship.' },
    MENTOR_APPROVED: { description: 'A mentor application was approved.' },
  },
});

/** The badge catalog; its rows are written by a migration. */
@ObjectType({ implements: Node, description: 'A badge of the catalog, with its texts.' })
@Entity('badges')
@Check('badges_name_check', inEnum('name', BadgeName))
export class Badge extends Timestamped {
  @Field(() => BadgeName, { description: 'Constant name, unique.' })
  @Index('badges_name_key', { unique: true })
  @Column({ type: 'varchar', length: 40 })
  name!: BadgeName;

  @Field({ description: 'Display title.' })
  @Column({ type: 'varchar', length: 120 })
  title!: string;

  @Field({ description: 'What the badge stands for.' })
  @Column({ type: 'text' })
  description!: string;

  @Field({ description: 'What a user does to earn it.' })
  @Column({ type: 'text' })
  howToEarn!: string;
}
