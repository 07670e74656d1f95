import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { TestServer } from './server';
import { waitFor } from './wait';

/** One message the SMTP server accepted: who it was delivered to (the envelope), and the message parsed. */
export interface Received {
  to: string[];
  mail: ParsedMail;
  /** Raw header value, by lower-case name (the first of a repeated header). */
  header(name: string): string | undefined;
}

/** A real SMTP server (smtp-server) on loopback that keeps every message it accepts. */
export interface SmtpSink {
  url: string;
  received: Received[];
  /** Messages delivered to `address`, oldest first. */
  to(address: string): Received[];
  /** Waits until `address` has `count` messages (one by default) and returns them. */
  waitFor(address: string, count?: number): Promise<Received[]>;
  /** Takes the server down (an outage: connections are refused) … */
  stop(): Promise<void>;
  /** … and brings it back on the same port. */
  start(): Promise<void>;
  close(): Promise<void>;
}

function rawHeader(mail: ParsedMail, name: string): string | undefined {
  const line = mail.headerLines.find((h) => h.key === name)?.line;
  return line?.slice(line.indexOf(':') + 1).trim();
}

/** Starts the SMTP server on 127.0.0.1 (a free port); plain SMTP, no authentication. */
export async function startSmtp(): Promise<SmtpSink> {
  const received: Received[] = [];
  let port = 0;
  let server: SMTPServer | null = null;
  const listen = async (): Promise<void> => {
    const smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, session, callback) {
        simpleParser(stream)
          .then((mail) => {
            const to = session.envelope.rcptTo.map((r) => r.address.toLowerCase());
            received.push({ to, mail, header: (name) => rawHeader(mail, name) });
            callback();
          })
          .catch((err: Error) => callback(err));
      },
    });
    await new Promise<void>((resolve, reject) => {
      smtp.once('error', reject);
      smtp.listen(port, '127.0.0.1', () => resolve());
    });
    port = (smtp.server.address() as { port: number }).port;
    server = smtp;
  };
  const stop = (): Promise<void> =>
    new Promise((resolve) => {
      const current = server;
      server = null;
      if (!current) return resolve();
      current.close(() => resolve());
    });
  await listen();
  const to = (address: string): Received[] => received.filter((r) => r.to.includes(address.toLowerCase()));
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    to,
    waitFor: async (address, count = 1) => {
      await waitFor(async () => to(address).length >= count);
      return to(address);
    },
    stop,
    start: listen,
    close: stop,
  };
}

/** startTestServer overrides that send e-mail to `sink`, with a fast outbox (retries within milliseconds). */
export const mailEnv = (sink: SmtpSink): Record<string, string> => ({
  SMTP_URL: sink.url,
  MAIL_FROM: 'Aula <hello@aula.test>',
  OUTBOX_POLL_MS: '50',
  OUTBOX_RETRY_MS: '20',
});

/** Waits until the outbox is empty: every e-mail queued so far has been sent or skipped. */
export async function settled(server: TestServer): Promise<void> {
  const db = server.db.database.dataSource.manager;
  await waitFor(async () => Number((await db.query(`SELECT count(*)::int AS n FROM outbox`))[0].n) === 0);
}

/** The path and query of the e-mail's unsubscribe link (the List-Unsubscribe header), on the test server. */
export function unsubscribeLink(server: TestServer, message: Received): URL {
  const header = message.header('list-unsubscribe') ?? '';
  const url = new URL(/<([^>]+)>/.exec(header)?.[1] ?? 'http://invalid/');
  return new URL(url.pathname + url.search, server.url);
}
