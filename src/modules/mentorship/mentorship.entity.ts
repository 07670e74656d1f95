import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { Node, Timestamped } from '../../common/node';
import { inEnum } from '../../common/sql';
import { User } from '../user/user.entity';

export enum MentorshipStatus {
  PENDING = 'PENDING',
  ACTIVE = 'ACTIVE',
  DECLINED = 'DECLINED',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(MentorshipStatus, {
  name: 'MentorshipStatus',
  description: 'Where a mentorship is in its life.',
  valuesConfig: {
    PENDING: { description: 'Requested by the mentee; waiting for the mentor.' },
    ACTIVE: { description: 'Accepted by the mentor: the members can message each other.' },
    DECLINED: { description: 'Declined by the mentor.' },
    COMPLETED: { description: 'Ended by either member after being active.' },
    CANCELLED: { description: 'Withdrawn by the mentee while pending.' },
  },
});

@ObjectType({
  implements: Node,
  description: 'A mentor and a mentee working together; at most one pending or active per pair.',
})
@Entity('mentorships')
// At most one open (PENDING or ACTIVE) mentorship per pair.
@Index('mentorships_open_pair_key', ['mentorId', 'menteeId'], {
  unique: true,
  where: `"status" IN ('PENDING', 'ACTIVE')`,
})
@Index('mentorships_created_at_idx', ['createdAt'])
@Check('mentorships_status_check', inEnum('status', MentorshipStatus))
@Check('mentorships_distinct_check', '"mentor_id" <> "mentee_id"')
export class Mentorship extends Timestamped {
  @Index('mentorships_mentor_id_idx')
  @Column({ type: 'uuid' })
  mentorId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mentor_id' })
  mentor?: Relation<User>;

  @Index('mentorships_mentee_id_idx')
  @Column({ type: 'uuid' })
  menteeId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mentee_id' })
  mentee?: Relation<User>;

  @Field(() => MentorshipStatus, { description: 'Where the mentorship is in its life.' })
  @Index('mentorships_status_idx')
  @Column({ type: 'varchar', length: 16, default: MentorshipStatus.PENDING })
  status!: MentorshipStatus;

  @Field(() => [String], { description: 'Goals of the mentorship, in the order added.' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  goals!: string[];

  @Field(() => Date, { nullable: true, description: 'When the mentor accepted; null until ACTIVE.' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  startedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was completed, declined or cancelled; null while open.' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  endedAt!: Date | null;
}
