import { createTransport, type Transporter } from 'nodemailer';
import type { Logger } from 'pino';
import type { Counter } from 'prom-client';
import type { Env } from '../../config/env';
import type { MailKind } from './mail-preferences';
import { UnsubscribeTokens, type UnsubscribeClaim } from './unsubscribe-token';

/** How one e-mail ended, the `outcome` label of aula_mail_sent_total. */
export type MailOutcome = 'sent' | 'logged' | 'disabled' | 'skipped_opt_out' | 'skipped_inactive' | 'failed';

/** A rendered e-mail, ready for the transport. */
export interface OutgoingMail {
  kind: MailKind;
  to: string;
  subject: string;
  text: string;
  html: string;
  language: string;
  /** Stable across retries of one e-mail (the effect's mailId), so a duplicate can be recognised. */
  messageId: string;
  /** The outbox row that delivers it, as a header an operator can trace. */
  effectId: string;
  unsubscribeUrl: string;
}

/**
 * Limits of one SMTP attempt. A delivery runs inside the outbox's transaction (which holds the
 * embedded database's one connection), so a mail server that hangs must not hold it for long:
 * the attempt fails and the outbox retries it later.
 */
const SMTP_TIMEOUTS = { connectionTimeout: 5_000, greetingTimeout: 5_000, socketTimeout: 15_000 };

type MailEnv = Pick<Env, 'SMTP_URL' | 'MAIL_FROM' | 'MAIL_DISABLED' | 'JWT_SECRET' | 'APP_URL' | 'PUBLIC_URL' | 'PORT'>;

/**
 * This instance's e-mail: SMTP when SMTP_URL is set; without it (development and test) each
 * e-mail is written to the log instead (recipient, subject, kind, language: never the body or the
 * unsubscribe link, which is a credential); MAIL_DISABLED drops them. Counts every outcome.
 */
export class Mailer {
  readonly tokens: UnsubscribeTokens;
  readonly appUrl: string;
  private readonly transport: Transporter | null;
  private readonly domain: string;
  private publicUrl: () => string;

  constructor(
    private readonly env: MailEnv,
    private readonly logger: Logger,
    private readonly counter: Counter<'kind' | 'outcome'>,
  ) {
    this.tokens = new UnsubscribeTokens(env.JWT_SECRET);
    this.appUrl = env.APP_URL;
    this.transport =
      env.SMTP_URL && !env.MAIL_DISABLED ? createTransport({ url: env.SMTP_URL, ...SMTP_TIMEOUTS }) : null;
    this.domain = /@([^>\s]+)>?\s*$/.exec(env.MAIL_FROM)?.[1] ?? 'aula.invalid';
    this.publicUrl = () => env.PUBLIC_URL ?? `http://localhost:${env.PORT}`;
  }

  /** The server's external base URL once it listens (PUBLIC_URL, else localhost on the port it got). */
  setPublicUrl(publicUrl: () => string): void {
    this.publicUrl = publicUrl;
  }

  /** The link that turns one kind of e-mail off for a user (GET shows a page, POST is RFC 8058's one click). */
  unsubscribeUrl(claim: UnsubscribeClaim): string {
    return `${this.publicUrl()}/mail/unsubscribe?token=${encodeURIComponent(this.tokens.sign(claim))}`;
  }

  /** Counts an e-mail that was not handed to a transport (opted out, inactive recipient). */
  count(kind: MailKind, outcome: MailOutcome): void {
    this.counter.inc({ kind, outcome });
  }

  /** Sends (or logs, or drops) one e-mail; throws when the SMTP server refuses or cannot be reached. */
  async send(mail: OutgoingMail): Promise<MailOutcome> {
    const logged = { kind: mail.kind, to: mail.to, subject: mail.subject, language: mail.language };
    if (this.env.MAIL_DISABLED) {
      this.logger.debug({ mail: logged }, 'e-mail not sent: MAIL_DISABLED');
      this.count(mail.kind, 'disabled');
      return 'disabled';
    }
    if (!this.transport) {
      this.logger.info({ mail: logged }, 'e-mail (not sent: SMTP_URL is not set)');
      this.count(mail.kind, 'logged');
      return 'logged';
    }
    try {
      await this.transport.sendMail({
        from: this.env.MAIL_FROM,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: `<${mail.messageId}@${this.domain}>`,
        headers: {
          'Content-Language': mail.language,
          'X-Aula-Mail-Kind': mail.kind,
          'X-Aula-Effect-Id': mail.effectId,
          'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
        },
        list: { unsubscribe: mail.unsubscribeUrl },
      });
    } catch (err) {
      this.count(mail.kind, 'failed');
      throw err;
    }
    this.count(mail.kind, 'sent');
    return 'sent';
  }

  /** Closes the SMTP connections (a stopping server, after the outbox's last delivery). */
  close(): void {
    this.transport?.close();
  }
}
