import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, JoinTable, ManyToMany, ManyToOne, type Relation } from 'typeorm';
import { Node, Timestamped } from '../../common/node';
import { inEnum } from '../../common/sql';
import { Skill } from '../skill/skill.entity';
import { User } from '../user/user.entity';

export enum MentorApplicationStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}
registerEnumType(MentorApplicationStatus, {
  name: 'MentorApplicationStatus',
  description: 'Where a mentor application stands.',
  valuesConfig: {
    PENDING: { description: 'Waiting for an admin; one at a time per applicant.' },
    APPROVED: { description: 'Approved: the applicant was given an effective MENTOR role.' },
    REJECTED: { description: 'Rejected; the applicant may apply again.' },
  },
});

@ObjectType({ implements: Node, description: "A user's request to become a mentor, and its review." })
@Entity('mentor_applications')
// One application under review per applicant at a time.
@Index('mentor_applications_pending_key', ['applicantId'], { unique: true, where: `"status" = 'PENDING'` })
@Index('mentor_applications_created_at_idx', ['createdAt'])
@Check('mentor_applications_status_check', inEnum('status', MentorApplicationStatus))
export class MentorApplication extends Timestamped {
  @Index('mentor_applications_applicant_id_idx')
  @Column({ type: 'uuid' })
  applicantId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'applicant_id' })
  applicant?: Relation<User>;

  @Field({ description: 'Why the applicant wants to mentor.' })
  @Column({ type: 'text' })
  motivation!: string;

  @ManyToMany(() => Skill)
  @JoinTable({
    name: 'mentor_application_skills',
    joinColumn: { name: 'application_id' },
    inverseJoinColumn: { name: 'skill_id' },
  })
  skills?: Relation<Skill[]>;

  @Field({ description: "The applicant's experience in the skills named." })
  @Column({ type: 'text' })
  experience!: string;

  @Field(() => MentorApplicationStatus, { description: 'Pending, approved or rejected.' })
  @Index('mentor_applications_status_idx')
  @Column({ type: 'varchar', length: 16, default: MentorApplicationStatus.PENDING })
  status!: MentorApplicationStatus;

  @Column({ type: 'uuid', nullable: true })
  reviewedById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'reviewed_by_id' })
  reviewedBy?: Relation<User> | null;

  @Field(() => String, {
    nullable: true,
    description: "The reviewer's reason; null while pending or when none was given.",
  })
  @Column({ type: 'text', nullable: true })
  reviewReason!: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was reviewed; null while pending.' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  reviewedAt!: Date | null;
}
