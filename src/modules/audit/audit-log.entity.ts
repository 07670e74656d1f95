import { JSONObjectResolver } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { Node, Timestamped } from '../../common/node';
import { User } from '../user/user.entity';

/** Append-only: a trigger refuses UPDATE and DELETE. */
@ObjectType({
  implements: Node,
  description: 'One audited action (role change, profile change, admin action, sign-in); entries are never changed.',
})
@Entity('audit_logs')
@Index('audit_logs_created_at_idx', ['createdAt'])
@Index('audit_logs_target_idx', ['targetType', 'targetId'])
@Index('audit_logs_action_idx', ['action'])
export class AuditLog extends Timestamped {
  @Index('audit_logs_actor_id_idx')
  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id' })
  actor?: Relation<User> | null;

  @Field({ description: 'e.g. role.assign, user.update, auth.sign_in' })
  @Column({ type: 'varchar', length: 64 })
  action!: string;

  @Field(() => String, { nullable: true, description: 'Type of the record acted on, e.g. User; null when none.' })
  @Column({ type: 'varchar', length: 64, nullable: true })
  targetType!: string | null;

  @Column({ type: 'uuid', nullable: true })
  targetId!: string | null;

  @Field(() => JSONObjectResolver, {
    nullable: true,
    description: 'The changed values before the action; null for none.',
  })
  @Column({ type: 'jsonb', nullable: true })
  before!: Record<string, unknown> | null;

  @Field(() => JSONObjectResolver, {
    nullable: true,
    description: 'The changed values after the action; null for none.',
  })
  @Column({ type: 'jsonb', nullable: true })
  after!: Record<string, unknown> | null;

  @Field(() => String, { nullable: true, description: 'The reason the actor gave; null when none.' })
  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Id of the request that acted (x-request-id), to find it in the logs.',
  })
  @Column({ type: 'varchar', length: 64, nullable: true })
  requestId!: string | null;

  @Field(() => String, { nullable: true, description: "The caller's IP address; null when unknown (system actions)." })
  @Column({ type: 'varchar', length: 64, nullable: true })
  ip!: string | null;

  @Field(() => String, { nullable: true, description: "The caller's User-Agent header; null when unknown." })
  @Column({ type: 'text', nullable: true })
  userAgent!: string | null;
}
