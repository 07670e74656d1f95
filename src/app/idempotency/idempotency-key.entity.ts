import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { EffectPayload } from '../../common/outcome';
import { User } from '../../modules/user/user.entity';

/**
 * A client's idempotency key (`clientMutationId`) and what the write it came with produced: a
 * retry with the same key gets that result back instead of writing again. Claimed in the write's
 * own transaction, so a concurrent retry waits for it and a rolled-back write leaves no key.
 */
@Entity('idempotency_keys')
export class IdempotencyKey {
  @PrimaryColumn('uuid')
  userId!: string;

  @PrimaryColumn({ type: 'varchar', length: 100 })
  key!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  /** The mutation the key was used with. */
  @Column({ type: 'varchar', length: 64 })
  operation!: string;

  /** SHA-256 of the mutation's input: the same key with another input is refused, not replayed. */
  @Column({ type: 'varchar', length: 64 })
  requestHash!: string;

  /** What identifies the first result (record ids); null until the write has run. */
  @Column({ type: 'jsonb', nullable: true })
  result!: EffectPayload | null;

  /** A key is the same request for a day after it was first used; then it may name a new one. */
  @Column({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
