import type { MigrationInterface } from 'typeorm';
import { CreateExtensions1763780000000 } from './1763780000000-CreateExtensions';
import { CreateSchema1795319782252 } from './1795319782252-CreateSchema';
import { SeedCatalog1795319782300 } from './1795319782300-SeedCatalog';
import { AuditLogAppendOnly1795319782400 } from './1795319782400-AuditLogAppendOnly';
import { UserSearchIndex1795319790000 } from './1795319790000-UserSearchIndex';
import { CreateOutbox1796173578069 } from './1796173578069-CreateOutbox';
import { ReadPathIndexes1796187493130 } from './1796187493130-ReadPathIndexes';
import { CreateIdempotencyKeys1796217234499 } from './1796217234499-CreateIdempotencyKeys';
import { OutboxStreams1796309755463 } from './1796309755463-OutboxStreams';
import { CreateIcsFeeds1796314178254 } from './1796314178254-CreateIcsFeeds';
import { CreateProfileReminders1796314264576 } from './1796314264576-CreateProfileReminders';
import { GoogleCalendarSync1796314612327 } from './1796314612327-GoogleCalendarSync';

/** Every migration, in order; listed explicitly so the same list works under ts-node, jest and compiled JS. */
export const migrations: Array<new () => MigrationInterface> = [
  CreateExtensions1763780000000,
  CreateSchema1795319782252,
  SeedCatalog1795319782300,
  AuditLogAppendOnly1795319782400,
  UserSearchIndex1795319790000,
  CreateOutbox1796173578069,
  ReadPathIndexes1796187493130,
  CreateIdempotencyKeys1796217234499,
  OutboxStreams1796309755463,
  CreateIcsFeeds1796314178254,
  CreateProfileReminders1796314264576,
  GoogleCalendarSync1796314612327,
];
