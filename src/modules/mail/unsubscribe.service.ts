import type { EntityManager } from 'typeorm';
import type { Actor } from '../../auth/actor';
import { done, type Outcome } from '../../common/outcome';
import { recordAudit } from '../audit/audit.service';
import { updateUserRow } from '../user/profile-changes';
import { User } from '../user/user.entity';
import { withEmailPreferences, type MailKind } from './mail-preferences';

export interface UnsubscribeCommand {
  kind: MailKind;
}

/** What an unsubscribe did: the recipient's language (for the answer page), and whether anything changed. */
export interface UnsubscribeResult {
  language: string;
  changed: boolean;
}

/**
 * Turns one kind of e-mail off for the actor: the holder of a signed unsubscribe link, acting as
 * the user it names. Audited like a settings change (user.mail_unsubscribe); a kind already off
 * writes nothing, so a mail client repeating the one-click POST changes nothing. Null when the
 * user no longer exists.
 */
export async function unsubscribe(
  tx: EntityManager,
  actor: Actor,
  { kind }: UnsubscribeCommand,
): Promise<Outcome<UnsubscribeResult | null>> {
  const user = await tx.findOne(User, { where: { id: actor.userId }, lock: { mode: 'pessimistic_write' } });
  if (!user) return done(null);
  if (!user.notificationPreferences.email[kind]) return done({ language: user.language, changed: false });
  const preferences = withEmailPreferences(user.notificationPreferences, { [kind]: false });
  await updateUserRow(tx, user.id, { notificationPreferences: preferences });
  await recordAudit(tx, actor, {
    action: 'user.mail_unsubscribe',
    targetType: 'User',
    targetId: user.id,
    before: { notificationPreferences: { email: { [kind]: true } } },
    after: { notificationPreferences: { email: { [kind]: false } } },
  });
  return done({ language: user.language, changed: true });
}
