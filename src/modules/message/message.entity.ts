import { Field, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { Node, Timestamped } from '../../common/node';
import { Mentorship } from '../mentorship/mentorship.entity';
import { User } from '../user/user.entity';

@ObjectType({ implements: Node, description: "A message in a mentorship's thread, from one member to the other." })
@Entity('messages')
@Index('messages_mentorship_sent_idx', ['mentorshipId', 'sentAt', 'id'])
@Check('messages_content_check', 'char_length("content") BETWEEN 1 AND 4000')
export class Message extends Timestamped {
  @Column({ type: 'uuid' })
  mentorshipId!: string;

  @ManyToOne(() => Mentorship, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mentorship_id' })
  mentorship?: Relation<Mentorship>;

  @Index('messages_sender_id_idx')
  @Column({ type: 'uuid' })
  senderId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sender_id' })
  sender?: Relation<User>;

  @Field({ description: 'The text, 1..4000 characters (trimmed).' })
  @Column({ type: 'text' })
  content!: string;

  @Field({ description: 'When it was sent.' })
  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  sentAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the recipient marked it read; null while unread.' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  readAt!: Date | null;
}
