import jwt from 'jsonwebtoken';
import { TOKEN_TTL_SECONDS, issueToken, verifyToken } from './tokens';

const SECRET = 'unit-test-secret-that-is-long-enough';
const USER = { id: '5d0c7a52-1b2c-4d3e-8f90-a1b2c3d4e5f6', tokenVersion: 3 };
const ISSUED = new Date('2024-06-01T12:00:00.000Z');
const later = (seconds: number): Date => new Date(ISSUED.getTime() + seconds * 1000);

describe('issueToken', () => {
  it('signs HS256 with the user id as subject, the token version, and no roles', () => {
    const token = issueToken(USER, SECRET, ISSUED);
    const decoded = jwt.decode(token, { complete: true });
    expect(decoded?.header.alg).toBe('HS256');
    expect(decoded?.payload).toEqual({
      sub: USER.id,
      ver: 3,
      iat: ISSUED.getTime() / 1000,
      exp: ISSUED.getTime() / 1000 + TOKEN_TTL_SECONDS,
    });
  });

  it('lasts 30 days', () => {
    expect(TOKEN_TTL_SECONDS).toBe(30 * 24 * 3600);
  });
});

describe('verifyToken', () => {
  it('returns the claims of a token it issued', () => {
    expect(verifyToken(issueToken(USER, SECRET, ISSUED), SECRET, later(60))).toEqual({
      userId: USER.id,
      tokenVersion: 3,
      issuedAt: ISSUED,
    });
  });

  it('accepts a token until it expires, and returns null from then on', () => {
    const token = issueToken(USER, SECRET, ISSUED);
    expect(verifyToken(token, SECRET, later(TOKEN_TTL_SECONDS - 1))).not.toBeNull();
    expect(verifyToken(token, SECRET, later(TOKEN_TTL_SECONDS))).toBeNull();
  });

  it('returns null for a token signed with another secret', () => {
    const token = issueToken(USER, 'another-secret-that-is-long-enough!!', ISSUED);
    expect(verifyToken(token, SECRET, later(1))).toBeNull();
  });

  it('returns null for a token signed with another algorithm', () => {
    const token = jwt.sign({ ver: 1 }, SECRET, { subject: USER.id, algorithm: 'HS512' });
    expect(verifyToken(token, SECRET)).toBeNull();
  });

  it('returns null for a token without a numeric version or without a subject', () => {
    const noVersion = jwt.sign({ ver: '1' }, SECRET, { subject: USER.id, algorithm: 'HS256' });
    const noSubject = jwt.sign({ ver: 1 }, SECRET, { algorithm: 'HS256' });
    expect(verifyToken(noVersion, SECRET)).toBeNull();
    expect(verifyToken(noSubject, SECRET)).toBeNull();
  });

  it('returns null for text that is not a token, and for a tampered payload', () => {
    expect(verifyToken('not.a.token', SECRET)).toBeNull();
    const [header, , signature] = issueToken(USER, SECRET, ISSUED).split('.');
    const forged = Buffer.from(JSON.stringify({ sub: USER.id, ver: 99, iat: 0 })).toString('base64url');
    expect(verifyToken(`${header}.${forged}.${signature}`, SECRET, later(1))).toBeNull();
  });
});
