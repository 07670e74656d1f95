import type { EntityManager } from 'typeorm';
import { sessionEnded } from '../app/realtime/events';
import { done, type Outcome } from '../common/outcome';
import { recordAudit } from '../modules/audit/audit.service';
import { User } from '../modules/user/user.entity';
import type { Actor } from './actor';

/**
 * Bumps the actor's token version, so every token issued before is refused from the next request
 * on (and the actor's open subscriptions are closed), and records `auth.sign_out_everywhere`.
 * Returns the new token version.
 */
export async function signOutEverywhere(
  tx: EntityManager,
  actor: Actor,
  _command: Record<string, never>,
): Promise<Outcome<number>> {
  // One atomic increment: concurrent sign-outs each move the version on, none is lost.
  const result = await tx
    .createQueryBuilder()
    .update(User)
    .set({ tokenVersion: () => 'token_version + 1' })
    .where('id = :userId', { userId: actor.userId })
    .returning('token_version')
    .execute();
  const tokenVersion = Number((result.raw as Array<{ token_version: number }>)[0]?.token_version);
  await recordAudit(tx, actor, {
    action: 'auth.sign_out_everywhere',
    targetType: 'User',
    targetId: actor.userId,
    before: { tokenVersion: tokenVersion - 1 },
    after: { tokenVersion },
  });
  return done(tokenVersion, sessionEnded(actor.userId));
}
