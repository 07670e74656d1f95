import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { User } from '../user/user.entity';

/**
 * A profile-completion reminder that was sent: one row per user, ever. The primary key is what
 * makes the reminder job send once per user however often, and on however many instances, it runs.
 */
@Entity('profile_reminders')
export class ProfileReminder {
  @PrimaryColumn('uuid')
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<User>;

  @Column({ type: 'timestamptz', precision: 3 })
  remindedAt!: Date;
}
