import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { raise } from '../../app/outbox/raise';
import type { Effect } from '../../common/outcome';
import type { Role } from '../role/role';
import type { MailKind } from './mail-preferences';

/** The outbox kind of every e-mail (one handler renders and sends them all). */
export const MAIL_SEND = 'mail.send';

/** What happened to an account, for the accountStatus e-mail. */
export type AccountChange = 'SUSPENDED' | 'REACTIVATED' | 'DELETED' | 'RESTORED';

/**
 * The facts of each kind of e-mail, as JSON. Only facts the recipient may read go in; the address,
 * language and switches are read when the mail is delivered, so a change made meanwhile counts.
 */
export interface MailFacts {
  welcome: Record<string, never>;
  roleChanged: {
    action: 'ASSIGNED' | 'REVOKED';
    role: Role;
    effectiveStartDate: string;
    effectiveEndDate: string | null;
  };
  applicationReviewed: { approved: boolean; reason: string | null };
  classCancelled: { title: string; startsAt: string; reason: string | null };
  accountStatus: { change: AccountChange };
  profileReminder: { profileCompletionPercentage: number };
}

/** One e-mail to send: its kind, its recipient, its facts, and an id that names it in every attempt. */
export type MailRequest = {
  [K in MailKind]: { kind: K; userId: string; mailId: string; facts: MailFacts[K] };
}[MailKind];

/** The e-mail effect to return from a use case (delivered after the commit, retried until sent). */
export function mail<K extends MailKind>(kind: K, userId: string, facts: MailFacts[K]): Effect {
  // The id is fixed now, so every retry sends the same Message-ID and duplicates can be recognised.
  const request = { kind, userId, mailId: randomUUID(), facts } as MailRequest;
  return { kind: MAIL_SEND, payload: { ...request } };
}

/** Writes an e-mail effect in `tx` from deep inside a use case (like `notify` does for events). */
export async function queueMail<K extends MailKind>(
  tx: EntityManager,
  kind: K,
  userId: string,
  facts: MailFacts[K],
): Promise<void> {
  await raise(tx, mail(kind, userId, facts));
}

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

/** The facts of a role window's change. */
export const roleChangeFacts = (
  action: 'ASSIGNED' | 'REVOKED',
  window: { role: Role; effectiveStartDate: Date; effectiveEndDate: Date | null },
): MailFacts['roleChanged'] => ({
  action,
  role: window.role,
  effectiveStartDate: window.effectiveStartDate.toISOString(),
  effectiveEndDate: iso(window.effectiveEndDate),
});
