import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { EffectPayload } from '../../common/outcome';

/**
 * An effect a committed write still owes (see Outbox). Written in the write's own transaction and
 * deleted in the transaction that delivers it; a row that keeps failing is parked with `failedAt`.
 */
@Entity('outbox')
@Index('outbox_due_idx', ['availableAt', 'id'], { where: '"failed_at" IS NULL AND "stream" IS NULL' })
@Index('outbox_stream_idx', ['stream', 'id'], { where: '"failed_at" IS NULL AND "stream" IS NOT NULL' })
export class OutboxEffect {
  /** Increasing with insertion, so effects are delivered in the order they were written. */
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ type: 'varchar', length: 64 })
  kind!: string;

  @Column({ type: 'jsonb' })
  payload!: EffectPayload;

  /** Effects of one stream are delivered one at a time, in id order (see Outbox.deliverStream). */
  @Column({ type: 'varchar', length: 128, nullable: true })
  stream!: string | null;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  /** Not delivered before this time (the retry backoff). */
  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  availableAt!: Date;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  /** Set once the retries are exhausted; the row stays for an operator to inspect and re-queue. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  failedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}
