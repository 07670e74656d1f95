import { defineEffect, type EffectPayload, type EffectType } from '../../common/outcome';
import { User, UserStatus } from '../user/user.entity';
import type { Mailer } from './mailer';
import { MAIL_SEND, type MailRequest } from './mail.requests';
import { renderMail } from './render';

/**
 * The `mail.send` handler: reads the recipient in the delivery's transaction — their address,
 * language, time zone and switches as they are now, so an opt-out made after the write is honoured
 * — renders the e-mail and hands it to the transport. A transport error fails the delivery and the
 * outbox retries it with backoff. The row is deleted when this transaction commits, right after
 * the SMTP server accepted the message: a crash between the two sends it again on the retry (the
 * same Message-ID, so it can be recognised); otherwise an e-mail is sent once. Deferred: the
 * outbox's sweep sends it (within OUTBOX_POLL_MS), so no request waits on an SMTP server.
 */
export function mailDelivery(mailer: Mailer): EffectType<EffectPayload> {
  return defineEffect<EffectPayload>(
    MAIL_SEND,
    async (tx, payload, id) => {
      const request = payload as unknown as MailRequest;
      const user = await tx.findOne(User, { where: { id: request.userId } });
      // A user removed since (cascade) has no address left to write to.
      if (!user) return;
      // Account e-mails tell a suspended or deleted user what happened; nothing else reaches them.
      if (user.status !== UserStatus.ACTIVE && request.kind !== 'accountStatus') {
        mailer.count(request.kind, 'skipped_inactive');
        return;
      }
      if (!user.notificationPreferences.email[request.kind]) {
        mailer.count(request.kind, 'skipped_opt_out');
        return;
      }
      const unsubscribeUrl = mailer.unsubscribeUrl({ userId: user.id, kind: request.kind });
      const rendered = renderMail(request, user, { app: mailer.appUrl, unsubscribe: unsubscribeUrl });
      await mailer.send({
        kind: request.kind,
        to: user.email,
        ...rendered,
        messageId: request.mailId,
        effectId: id,
        unsubscribeUrl,
      });
    },
    { deferred: true },
  );
}
