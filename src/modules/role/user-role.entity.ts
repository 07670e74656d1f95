import { Field, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Exclusion, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { Node, Timestamped } from '../../common/node';
import { inEnum } from '../../common/sql';
import { User } from '../user/user.entity';
import { Role } from './role';
import { isEffectiveAt } from './role-window';

/** A role held over a time window; rows are never deleted, revoking sets the end date. */
@ObjectType({
  implements: Node,
  description:
    'A role a user holds over a time window; never deleted (revoking ends the window), so the history stays.',
})
@Entity('user_roles')
@Index('user_roles_user_role_start_key', ['userId', 'role', 'effectiveStartDate'], { unique: true })
@Index('user_roles_role_idx', ['role'])
@Index('user_roles_effective_idx', ['effectiveStartDate', 'effectiveEndDate'])
@Check('user_roles_role_check', inEnum('role', Role))
@Check('user_roles_window_check', '"effective_end_date" IS NULL OR "effective_end_date" > "effective_start_date"')
@Exclusion(
  'user_roles_no_overlap',
  'USING gist ("user_id" WITH =, "role" WITH =, tstzrange("effective_start_date", "effective_end_date") WITH &&) WHERE ("is_active")',
)
export class UserRole extends Timestamped {
  @Index('user_roles_user_id_idx')
  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<User>;

  @Field(() => Role, { description: 'The role held.' })
  @Column({ type: 'varchar', length: 16 })
  role!: Role;

  @Field({ description: 'When the window starts (inclusive).' })
  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  effectiveStartDate!: Date;

  @Field(() => Date, { nullable: true, description: 'When the window ends (exclusive); null for open-ended.' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  effectiveEndDate!: Date | null;

  @Field({
    description:
      'False for a window revoked before it started. The role is effective while active, started and not ended.',
  })
  @Column({ default: true })
  isActive!: boolean;

  @Index('user_roles_assigned_by_id_idx')
  @Column({ type: 'uuid', nullable: true })
  assignedById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'assigned_by_id' })
  assignedBy?: Relation<User> | null;

  @Field(() => String, { nullable: true, description: 'Why the role was given; null when none was stated.' })
  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  /** Exposed by the role resolver, admins only. */
  @Column({ type: 'text', nullable: true })
  adminNotes!: string | null;

  /** Effective at `at`: active, started, and not yet ended (see role-window.ts). */
  isEffectiveAt(at: Date): boolean {
    return isEffectiveAt(this, at);
  }
}
