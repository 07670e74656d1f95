import { JSONObjectResolver } from 'graphql-scalars';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { Node, Timestamped } from '../../common/node';
import { inEnum } from '../../common/sql';
import { User } from '../user/user.entity';

export enum NotificationKind {
  BADGE_EARNED = 'BADGE_EARNED',
  ROLE_CHANGED = 'ROLE_CHANGED',
  MENTORSHIP_REQUESTED = 'MENTORSHIP_REQUESTED',
  MENTORSHIP_UPDATED = 'MENTORSHIP_UPDATED',
  CLASS_CANCELLED = 'CLASS_CANCELLED',
  APPLICATION_REVIEWED = 'APPLICATION_REVIEWED',
  PROFILE_REMINDER = 'PROFILE_REMINDER',
}
registerEnumType(NotificationKind, { name: 'NotificationKind' });

@ObjectType({ implements: Node })
@Entity('notifications')
@Index('notifications_recipient_created_idx', ['recipientId', 'createdAt', 'id'])
@Check('notifications_kind_check', inEnum('kind', NotificationKind))
export class Notification extends Timestamped {
  @Column({ type: 'uuid' })
  recipientId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipient_id' })
  recipient?: Relation<User>;

  @Field(() => NotificationKind)
  @Column({ type: 'varchar', length: 32 })
  kind!: NotificationKind;

  @Field(() => JSONObjectResolver)
  @Column({ type: 'jsonb', default: () => "'{}'" })
  payload!: Record<string, unknown>;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  readAt!: Date | null;
}
