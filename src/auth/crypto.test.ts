import { randomBytes } from 'node:crypto';
import { decrypt, encrypt, encryptionKey } from './crypto';

const KEY = encryptionKey('a0'.repeat(32));

describe('encryptionKey', () => {
  it('decodes 64 hex characters into 32 bytes', () => {
    expect(encryptionKey('0f'.repeat(32))).toEqual(Buffer.alloc(32, 0x0f));
  });

  it('decodes base64 of 32 bytes', () => {
    const bytes = randomBytes(32);
    expect(encryptionKey(bytes.toString('base64'))).toEqual(bytes);
  });

  it('refuses a value that does not decode to 32 bytes', () => {
    expect(() => encryptionKey('abcd')).toThrow(RangeError);
    expect(() => encryptionKey(randomBytes(16).toString('base64'))).toThrow(
      'TOKEN_ENCRYPTION_KEY must decode to 32 bytes',
    );
  });
});

describe('encrypt', () => {
  it('writes v1:<iv>:<tag>:<ciphertext>, with a 12-byte IV and a 16-byte tag', () => {
    const [version, iv, tag, data] = encrypt('refresh-token', KEY).split(':');
    expect(version).toBe('v1');
    expect(Buffer.from(iv, 'base64')).toHaveLength(12);
    expect(Buffer.from(tag, 'base64')).toHaveLength(16);
    expect(Buffer.from(data, 'base64')).toHaveLength('refresh-token'.length);
  });

  it('uses a fresh IV each time, so equal texts encrypt differently', () => {
    expect(encrypt('same', KEY)).not.toBe(encrypt('same', KEY));
  });
});

describe('decrypt', () => {
  it('reverses encrypt, unicode included', () => {
    expect(decrypt(encrypt('1//0gAbC-ñandú-🔑', KEY), KEY)).toBe('1//0gAbC-ñandú-🔑');
  });

  it('throws for a value encrypted under another key', () => {
    const other = encryptionKey('b1'.repeat(32));
    expect(() => decrypt(encrypt('secret', other), KEY)).toThrow();
  });

  it('throws for a tampered ciphertext', () => {
    const [version, iv, tag, data] = encrypt('secret', KEY).split(':');
    const bytes = Buffer.from(data, 'base64');
    bytes[0] ^= 1;
    expect(() => decrypt([version, iv, tag, bytes.toString('base64')].join(':'), KEY)).toThrow();
  });

  it.each([
    ['another version', 'v2:a:b:c'],
    ['too few parts', 'v1:a:b'],
    ['too many parts', 'v1:a:b:c:d'],
  ])('refuses %s as not a v1 value', (_what, value) => {
    expect(() => decrypt(value, KEY)).toThrow('Not a v1 encrypted value');
  });

  it('refuses an IV or tag of the wrong size as malformed', () => {
    const [, iv, tag, data] = encrypt('secret', KEY).split(':');
    const short = randomBytes(8).toString('base64');
    expect(() => decrypt(['v1', short, tag, data].join(':'), KEY)).toThrow('Malformed encrypted value');
    expect(() => decrypt(['v1', iv, short, data].join(':'), KEY)).toThrow('Malformed encrypted value');
  });
});
