import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  OneToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { Relation } from 'typeorm';
import { User } from '../user/user.entity';

/**
 * A user's calendar feed secret: at most one per user, issued and replaced by rotateIcsFeedUrl.
 * Never a GraphQL type. The feed route finds the user by `tokenHash` alone; `tokenSealed` (the token
 * under TOKEN_ENCRYPTION_KEY) exists only so `User.icsFeedUrl` can show the address again, and is
 * never read by the route: a copy of the table alone opens no feed.
 */
@Entity('ics_feeds')
export class IcsFeed {
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @OneToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<User>;

  /** SHA-256 of the token, hex: what the feed route looks the token up by. */
  @Index('ics_feeds_token_hash_key', { unique: true })
  @Column({ type: 'char', length: 64 })
  tokenHash!: string;

  /** The token, AES-256-GCM sealed (src/auth/crypto.ts). */
  @Column({ type: 'text' })
  tokenSealed!: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  /** When the current token was issued (the last rotation). */
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}
