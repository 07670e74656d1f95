import type { EntityManager } from 'typeorm';
import { recordAudit, type AuditActor } from '../modules/audit/audit.service';
import { User } from '../modules/user/user.entity';

/**
 * Bumps the user's token version, so every token issued before is refused from the next request on,
 * and records `auth.sign_out_everywhere`. Runs in `manager`'s transaction.
 */
export async function signOutEverywhere(manager: EntityManager, userId: string, actor: AuditActor): Promise<number> {
  // One atomic increment: concurrent sign-outs each move the version on, none is lost.
  const result = await manager
    .createQueryBuilder()
    .update(User)
    .set({ tokenVersion: () => 'token_version + 1' })
    .where('id = :userId', { userId })
    .returning('token_version')
    .execute();
  const tokenVersion = Number((result.raw as Array<{ token_version: number }>)[0]?.token_version);
  await recordAudit(manager, actor, {
    action: 'auth.sign_out_everywhere',
    targetType: 'User',
    targetId: userId,
    before: { tokenVersion: tokenVersion - 1 },
    after: { tokenVersion },
  });
  return tokenVersion;
}
