import { Field, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { Node, Timestamped } from '../../common/node';
import { User } from '../user/user.entity';
import { Mentorship } from './mentorship.entity';

@ObjectType({ implements: Node, description: 'A note a member wrote on a mentorship.' })
@Entity('mentorship_notes')
@Index('mentorship_notes_mentorship_created_idx', ['mentorshipId', 'createdAt'])
@Check('mentorship_notes_body_check', 'char_length("body") BETWEEN 1 AND 4000')
export class MentorshipNote extends Timestamped {
  @Column({ type: 'uuid' })
  mentorshipId!: string;

  @ManyToOne(() => Mentorship, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mentorship_id' })
  mentorship?: Relation<Mentorship>;

  @Index('mentorship_notes_author_id_idx')
  @Column({ type: 'uuid' })
  authorId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'author_id' })
  author?: Relation<User>;

  @Field({ description: 'The note, 1..4000 characters.' })
  @Column({ type: 'text' })
  body!: string;
}
