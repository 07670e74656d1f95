import type { EntityManager } from 'typeorm';
import type { Actor } from '../../src/auth/actor';
import { rolesAt } from '../../src/modules/role/role.service';
import type { TestDatabase } from './database';

class RollBack extends Error {}

/** Runs `fn` in a transaction of the test database and rolls it back, returning what `fn` returned. */
export async function inRolledBackTransaction<T>(db: TestDatabase, fn: (tx: EntityManager) => Promise<T>): Promise<T> {
  let result: T | undefined;
  await db.database.dataSource
    .transaction(async (tx) => {
      result = await fn(tx);
      throw new RollBack();
    })
    .catch((error: unknown) => {
      if (!(error instanceof RollBack)) throw error;
    });
  return result as T;
}

/** The Actor a request by `userId` would carry at `now` (roles read from the database, as the context does). */
export async function actorFor(tx: EntityManager, userId: string, now = new Date()): Promise<Actor> {
  return { userId, roles: await rolesAt(tx, userId, now), now, requestId: 'service-test', ip: null, userAgent: null };
}
