import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { Timestamped } from '../../common/node';
import { Account } from '../user/account.entity';

/**
 * Google refused an admin's stored refresh token (revoked, expired): the calendar integration stops
 * using that token. Kept per account with a digest of the refused ciphertext, so a new token stored
 * at the admin's next Google sign-in (a new ciphertext) reconnects without anyone clearing this row.
 * Not a GraphQL type: the integration status is computed from it (GoogleCalendarIntegration).
 */
@Entity('google_calendar_disconnects')
export class GoogleCalendarDisconnect extends Timestamped {
  @Index('google_calendar_disconnects_account_key', { unique: true })
  @Column({ type: 'uuid' })
  accountId!: string;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: Relation<Account>;

  /** SHA-256 (hex) of the refused `accounts.refresh_token_encrypted`; never the token itself. */
  @Column({ type: 'varchar', length: 64 })
  tokenDigest!: string;

  @Column({ type: 'timestamptz', precision: 3 })
  disconnectedAt!: Date;

  /** What Google answered, e.g. `invalid_grant: Token has been expired or revoked.` */
  @Column({ type: 'text' })
  lastError!: string;
}
