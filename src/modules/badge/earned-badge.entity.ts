import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { Node, Timestamped } from '../../common/node';
import { User } from '../user/user.entity';
import { Badge } from './badge.entity';

/** A badge a user earned; at most once per (user, badge). */
@ObjectType({ implements: Node, description: 'A badge a user earned; at most one per user and badge.' })
@Entity('earned_badges')
@Index('earned_badges_user_badge_key', ['userId', 'badgeId'], { unique: true })
// A user's badges in the order earned (User.earnedBadges) straight off the index.
@Index('earned_badges_user_earned_idx', ['userId', 'earnedAt', 'id'])
export class EarnedBadge extends Timestamped {
  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<User>;

  @Index('earned_badges_badge_id_idx')
  @Column({ type: 'uuid' })
  badgeId!: string;

  @ManyToOne(() => Badge, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'badge_id' })
  badge?: Relation<Badge>;

  @Field({ description: 'When it was awarded.' })
  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  earnedAt!: Date;
}
