import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { Node, Timestamped } from '../../common/node';
import { inEnum } from '../../common/sql';
import { User } from '../user/user.entity';

export enum SuggestionStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
}
registerEnumType(SuggestionStatus, {
  name: 'SuggestionStatus',
  description: "The mentee's answer to a suggestion.",
  valuesConfig: {
    PENDING: { description: 'Not answered yet.' },
    ACCEPTED: { description: 'Accepted: a mentorship request to this mentor was made.' },
    DECLINED: { description: 'Declined: this mentor is not suggested to the mentee again.' },
  },
});

/** A mentor proposed to a mentee by skill overlap; one row per pair, refreshed on regeneration. */
@ObjectType({
  implements: Node,
  description: 'A mentor proposed to a mentee for the skills they share; one per mentee and mentor.',
})
@Entity('suggestions')
@Index('suggestions_mentee_mentor_key', ['menteeId', 'mentorId'], { unique: true })
@Check('suggestions_status_check', inEnum('status', SuggestionStatus))
@Check('suggestions_distinct_check', '"mentor_id" <> "mentee_id"')
@Check('suggestions_score_check', '"score" >= 0')
export class Suggestion extends Timestamped {
  @Index('suggestions_mentor_id_idx')
  @Column({ type: 'uuid' })
  mentorId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mentor_id' })
  mentor?: Relation<User>;

  @Column({ type: 'uuid' })
  menteeId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mentee_id' })
  mentee?: Relation<User>;

  @Field(() => Int, { description: 'Number of shared skills.' })
  @Column({ type: 'int' })
  score!: number;

  /** Skill ids shared by the mentee's menteeSkills and the mentor's mentorSkills. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  sharedSkillIds!: string[];

  @Field(() => SuggestionStatus, { description: "The mentee's answer so far." })
  @Column({ type: 'varchar', length: 16, default: SuggestionStatus.PENDING })
  status!: SuggestionStatus;
}
