import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** Decodes TOKEN_ENCRYPTION_KEY (64 hex characters or base64 of 32 bytes) into a 32-byte AES-256 key. */
export function encryptionKey(value: string): Buffer {
  const key = /^[0-9a-fA-F]{64}$/.test(value) ? Buffer.from(value, 'hex') : Buffer.from(value, 'base64');
  if (key.length !== 32) throw new RangeError('TOKEN_ENCRYPTION_KEY must decode to 32 bytes');
  return key;
}

/** AES-256-GCM with a random 12-byte IV; returns `v1:<iv>:<tag>:<ciphertext>`, each part base64. */
export function encrypt(plaintext: string, key: Buffer): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [VERSION, iv.toString('base64'), tag.toString('base64'), data.toString('base64')].join(':');
}

/** Reverses `encrypt`; throws when the value was tampered with or was encrypted under another key. */
export function decrypt(encoded: string, key: Buffer): string {
  const [version, iv, tag, data, ...rest] = encoded.split(':');
  if (version !== VERSION || iv === undefined || tag === undefined || data === undefined || rest.length > 0) {
    throw new TypeError('Not a v1 encrypted value');
  }
  const ivBytes = Buffer.from(iv, 'base64');
  const tagBytes = Buffer.from(tag, 'base64');
  if (ivBytes.length !== IV_BYTES || tagBytes.length !== TAG_BYTES) throw new TypeError('Malformed encrypted value');
  const decipher = createDecipheriv('aes-256-gcm', key, ivBytes, { authTagLength: TAG_BYTES });
  decipher.setAuthTag(tagBytes);
  return Buffer.concat([decipher.update(Buffer.from(data, 'base64')), decipher.final()]).toString('utf8');
}
