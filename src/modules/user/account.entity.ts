import { registerEnumType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { Timestamped } from '../../common/node';
import { inEnum } from '../../common/sql';
import { User } from './user.entity';

export enum AuthProvider {
  GOOGLE = 'GOOGLE',
  GITHUB = 'GITHUB',
}
registerEnumType(AuthProvider, { name: 'AuthProvider' });

/** An OAuth identity linked to a user. Not a GraphQL type: it holds secrets. */
@Entity('accounts')
@Index('accounts_provider_account_key', ['provider', 'providerAccountId'], { unique: true })
@Check('accounts_provider_check', inEnum('provider', AuthProvider))
export class Account extends Timestamped {
  @Column({ type: 'varchar', length: 16 })
  provider!: AuthProvider;

  @Column({ type: 'varchar', length: 255 })
  providerAccountId!: string;

  @Index('accounts_user_id_idx')
  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<User>;

  /** AES-256-GCM ciphertext (iv:tag:data), kept only for ADMIN/OWNER Google accounts. */
  @Column({ type: 'text', nullable: true })
  refreshTokenEncrypted!: string | null;
}
