import { createHmac, timingSafeEqual } from 'node:crypto';
import { isMailKind, type MailKind } from './mail-preferences';

/** What an unsubscribe link names: whose e-mails, and which kind to turn off. */
export interface UnsubscribeClaim {
  userId: string;
  kind: MailKind;
}

const VERSION = 'u1';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Signs and checks the tokens of unsubscribe links: `u1.<user id>.<kind>.<HMAC>`. The key is derived
 * from JWT_SECRET for this use alone, so no other signed value passes as one. A token does not
 * expire (a link in an old e-mail keeps working, as RFC 8058 expects) and does nothing but turn
 * one kind of e-mail off; rotating JWT_SECRET invalidates the links already sent.
 */
export class UnsubscribeTokens {
  private readonly key: Buffer;

  constructor(secret: string) {
    this.key = createHmac('sha256', secret).update('aula:mail-unsubscribe').digest();
  }

  /** The token of a link that turns `kind` off for the user. */
  sign(claim: UnsubscribeClaim): string {
    const body = `${VERSION}.${claim.userId}.${claim.kind}`;
    return `${body}.${this.mac(body)}`;
  }

  /** The claim of a well-formed token with a valid signature; null for anything else. */
  verify(token: unknown): UnsubscribeClaim | null {
    if (typeof token !== 'string' || token.length > 200) return null;
    const parts = token.split('.');
    if (parts.length !== 4) return null;
    const [version, userId, kind, mac] = parts as [string, string, string, string];
    if (version !== VERSION || !UUID.test(userId) || !isMailKind(kind)) return null;
    const expected = Buffer.from(this.mac(`${version}.${userId}.${kind}`));
    const given = Buffer.from(mac);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    return { userId, kind };
  }

  private mac(body: string): string {
    return createHmac('sha256', this.key).update(body).digest('base64url');
  }
}
