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
registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: 'What a notification is about; `details` has the matching type.',
  valuesConfig: {
    BADGE_EARNED: { description: 'The recipient earned a badge.' },
    ROLE_CHANGED: { description: 'A role window of the recipient was assigned or revoked.' },
    MENTORSHIP_REQUESTED: { description: 'A mentee asked the recipient for mentorship.' },
    MENTORSHIP_UPDATED: { description: "The other member changed a mentorship's status." },
    CLASS_CANCELLED: { description: 'A class the recipient was in was cancelled.' },
    APPLICATION_REVIEWED: { description: "The recipient's mentor application was approved or rejected." },
    PROFILE_REMINDER: { description: 'The recipient has not completed their profile yet.' },
  },
});

@ObjectType({ implements: Node, description: 'A notice to one user, newest first in their list.' })
@Entity('notifications')
@Index('notifications_recipient_created_idx', ['recipientId', 'createdAt', 'id'])
@Check('notifications_kind_check', inEnum('kind', NotificationKind))
export class Notification extends Timestamped {
  @Column({ type: 'uuid' })
  recipientId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipient_id' })
  recipient?: Relation<User>;

  @Field(() => NotificationKind, { description: 'What the notification is about.' })
  @Column({ type: 'varchar', length: 32 })
  kind!: NotificationKind;

  @Field(() => JSONObjectResolver, { description: 'The same facts as `details`, as untyped JSON.' })
  @Column({ type: 'jsonb', default: () => "'{}'" })
  payload!: Record<string, unknown>;

  @Field(() => Date, { nullable: true, description: 'When the recipient marked it read; null while unread.' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  readAt!: Date | null;
}
