import jwt from 'jsonwebtoken';
import { createSchema } from '../src/app/schema';
import { decrypt, encrypt, encryptionKey } from '../src/auth/crypto';
import { issueToken, verifyToken } from '../src/auth/tokens';
import { ConfigError, DEFAULT_JWT_SECRET, DEFAULT_TOKEN_ENCRYPTION_KEY, parseEnv } from '../src/config/env';
import { createUser, manager } from './helpers/factories';
import { startTestServer, type TestServer } from './helpers/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const HOUR = 3600_000;
const VIEWER = 'query { viewer { id } }';
const SIGN_OUT = 'mutation { signOutEverywhere { success } }';
const MUTATIONS = '{ __type(name: "Mutation") { fields { name } } }';

interface ViewerData {
  viewer: { id: string } | null;
}

/** A token signed `ageMs` ago (jsonwebtoken takes `iat` from the payload). */
function tokenIssuedAgo(user: { id: string; tokenVersion: number }, ageMs: number): string {
  return issueToken(user, server.env.JWT_SECRET, new Date(Date.now() - ageMs));
}

function problemsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('parseEnv', () => {
  const strongSecret = 'a-production-secret-that-is-long-enough-1234';
  const strongKey = Buffer.alloc(32, 7).toString('base64');
  // Production without an SMTP server: these tests are about the secrets, not e-mail.
  const PRODUCTION = { NODE_ENV: 'production', MAIL_DISABLED: 'true' };

  it('refuses the default JWT_SECRET and TOKEN_ENCRYPTION_KEY in production, naming each', () => {
    const problems = problemsOf(() => parseEnv({ ...PRODUCTION }));
    expect(problems).toEqual([
      'JWT_SECRET: the default secret is refused in production',
      'TOKEN_ENCRYPTION_KEY: the default key is refused in production',
    ]);
    expect(
      problemsOf(() => parseEnv({ ...PRODUCTION, JWT_SECRET: DEFAULT_JWT_SECRET, TOKEN_ENCRYPTION_KEY: strongKey })),
    ).toEqual(['JWT_SECRET: the default secret is refused in production']);
    expect(
      problemsOf(() =>
        parseEnv({
          ...PRODUCTION,
          JWT_SECRET: strongSecret,
          TOKEN_ENCRYPTION_KEY: DEFAULT_TOKEN_ENCRYPTION_KEY,
        }),
      ),
    ).toEqual(['TOKEN_ENCRYPTION_KEY: the default key is refused in production']);
  });

  it('accepts production with its own secrets, and makes cookies Secure there by default', () => {
    const env = parseEnv({ ...PRODUCTION, JWT_SECRET: strongSecret, TOKEN_ENCRYPTION_KEY: strongKey });
    expect(env.COOKIE_SECURE).toBe(true);
    expect(parseEnv({ NODE_ENV: 'test' }).COOKIE_SECURE).toBe(false);
    expect(
      parseEnv({
        ...PRODUCTION,
        JWT_SECRET: strongSecret,
        TOKEN_ENCRYPTION_KEY: strongKey,
        COOKIE_SECURE: 'false',
      }).COOKIE_SECURE,
    ).toBe(false);
  });

  it('refuses a malformed encryption key, a half-configured provider and a non-http provider URL', () => {
    expect(problemsOf(() => parseEnv({ TOKEN_ENCRYPTION_KEY: 'abc123' }))).toEqual([
      'TOKEN_ENCRYPTION_KEY: must be 32 bytes: 64 hex characters or base64',
    ]);
    expect(problemsOf(() => parseEnv({ GOOGLE_CLIENT_ID: 'id' }))).toEqual([
      'GOOGLE_CLIENT_SECRET: required when GOOGLE_CLIENT_ID is set',
    ]);
    expect(problemsOf(() => parseEnv({ GITHUB_TOKEN_URL: 'ftp://example.test/token' }))).toEqual([
      'GITHUB_TOKEN_URL: must be an http(s) URL',
    ]);
  });

  it('defaults the provider URLs to Google and GitHub, and trims a trailing slash from PUBLIC_URL', () => {
    const env = parseEnv({ PUBLIC_URL: 'https://api.aula.test/' });
    expect(env.PUBLIC_URL).toBe('https://api.aula.test');
    expect(env.GOOGLE_AUTH_URL).toBe('https://accounts.google.com/o/oauth2/v2/auth');
    expect(env.GITHUB_EMAILS_URL).toBe('https://api.github.com/user/emails');
  });
});

describe('refresh-token encryption', () => {
  const key = encryptionKey(DEFAULT_TOKEN_ENCRYPTION_KEY);

  it('round-trips with a fresh IV each time, as v1:<iv>:<tag>:<ciphertext>', () => {
    const a = encrypt('1//refresh-token', key);
    const b = encrypt('1//refresh-token', key);
    expect(a).not.toBe(b);
    expect(a.split(':')).toHaveLength(4);
    expect(decrypt(a, key)).toBe('1//refresh-token');
  });

  it('refuses a tampered ciphertext or another key', () => {
    const [v, iv, tag, data] = encrypt('secret', key).split(':');
    const flipped = Buffer.from(data, 'base64');
    flipped[0] ^= 1;
    expect(() => decrypt([v, iv, tag, flipped.toString('base64')].join(':'), key)).toThrow();
    expect(() => decrypt(encrypt('secret', key), Buffer.alloc(32, 1))).toThrow();
  });
});

describe('session tokens', () => {
  it('carry the user id and token version, never roles', async () => {
    const { user, token } = await createUser(server);
    const claims = jwt.decode(token) as Record<string, unknown>;
    expect(Object.keys(claims).sort()).toEqual(['exp', 'iat', 'sub', 'ver']);
    expect(claims.sub).toBe(user.id);
    expect((claims.exp as number) - (claims.iat as number)).toBe(30 * 24 * 3600);
  });

  it('are accepted as a Bearer header and as the aula_token cookie', async () => {
    const { id, token } = await createUser(server);
    expect((await server.client(token).ok<ViewerData>(VIEWER)).viewer?.id).toBe(id);
    const byCookie = await server.client().request<ViewerData>(VIEWER, {}, { cookie: `aula_token=${token}` });
    expect(byCookie.data?.viewer?.id).toBe(id);
  });

  it('are refused when forged or expired', async () => {
    const { user } = await createUser(server);
    const forged = issueToken(user, 'another-secret-that-is-long-enough-to-sign');
    expect((await server.client(forged).ok<ViewerData>(VIEWER)).viewer).toBeNull();
    const expired = tokenIssuedAgo(user, 31 * 24 * HOUR);
    expect(verifyToken(expired, server.env.JWT_SECRET)).toBeNull();
    expect((await server.client(expired).ok<ViewerData>(VIEWER)).viewer).toBeNull();
  });
});

describe('token re-issue', () => {
  it('leaves a token younger than 12 hours alone', async () => {
    const { user } = await createUser(server);
    const res = await server.client(tokenIssuedAgo(user, 11 * HOUR)).request(VIEWER);
    expect(res.headers.get('x-refreshed-token')).toBeNull();
    expect(res.headers.getSetCookie()).toEqual([]);
  });

  it('returns a fresh token in x-refreshed-token when a Bearer token is older than 12 hours', async () => {
    const { user, id } = await createUser(server);
    const old = tokenIssuedAgo(user, 13 * HOUR);
    const res = await server.client(old).request<ViewerData>(VIEWER);
    expect(res.data?.viewer?.id).toBe(id);
    const fresh = res.headers.get('x-refreshed-token')!;
    const claims = verifyToken(fresh, server.env.JWT_SECRET)!;
    expect(claims.userId).toBe(user.id);
    expect(Date.now() - claims.issuedAt.getTime()).toBeLessThan(60_000);
    // A bearer client keeps its token itself: no cookie is forced on it.
    expect(res.headers.getSetCookie()).toEqual([]);
    expect((await server.client(fresh).ok<ViewerData>(VIEWER)).viewer?.id).toBe(id);
  });

  it('also sets a fresh aula_token cookie when the old token came by cookie', async () => {
    const { user } = await createUser(server);
    const old = tokenIssuedAgo(user, 13 * HOUR);
    const res = await server.client().request(VIEWER, {}, { cookie: `aula_token=${old}` });
    const fresh = res.headers.get('x-refreshed-token')!;
    expect(fresh).toBeTruthy();
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('aula_token='));
    expect(cookie).toContain(`aula_token=${fresh};`);
    expect(cookie).toMatch(/HttpOnly/);
  });

  it('follows the server clock', async () => {
    const { token } = await createUser(server);
    server.advanceClock(13 * HOUR);
    try {
      const res = await server.client(token).request(VIEWER);
      expect(res.headers.get('x-refreshed-token')).toBeTruthy();
    } finally {
      server.advanceClock(-13 * HOUR);
    }
  });
});

describe('signOutEverywhere', () => {
  it('refuses anonymous callers', async () => {
    expect(await server.client().errorCode(SIGN_OUT)).toBe('UNAUTHENTICATED');
  });

  it('makes every earlier token UNAUTHENTICATED, clears the cookie and is audited', async () => {
    const { user, token } = await createUser(server);
    const other = tokenIssuedAgo(user, HOUR); // another device's token
    const res = await server.client().request<{ signOutEverywhere: { success: boolean } }>(
      SIGN_OUT,
      {},
      {
        cookie: `aula_token=${token}`,
      },
    );
    expect(res.data?.signOutEverywhere).toEqual({ success: true });
    const cleared = res.headers.getSetCookie().find((c) => c.startsWith('aula_token='));
    expect(cleared).toMatch(/^aula_token=;/);
    expect(cleared).toMatch(/Max-Age=0/);

    for (const old of [token, other]) {
      expect((await server.client(old).ok<ViewerData>(VIEWER)).viewer).toBeNull();
      expect(await server.client(old).errorCode(SIGN_OUT)).toBe('UNAUTHENTICATED');
    }
    const audit: Array<{ actor_id: string; before: unknown; after: unknown }> = await manager(server).query(
      `SELECT actor_id, before, after FROM audit_logs WHERE action = 'auth.sign_out_everywhere' AND target_id = $1`,
      [user.id],
    );
    expect(audit).toEqual([{ actor_id: user.id, before: { tokenVersion: 0 }, after: { tokenVersion: 1 } }]);

    const fresh = issueToken({ id: user.id, tokenVersion: 1 }, server.env.JWT_SECRET);
    expect((await server.client(fresh).ok<ViewerData>(VIEWER)).viewer).not.toBeNull();
  });
});

describe('signOutEverywhere with a token due for re-issue', () => {
  it('hands out no fresh token, only the cleared cookie', async () => {
    const { user } = await createUser(server);
    const old = tokenIssuedAgo(user, 13 * HOUR);
    const res = await server.client().request(SIGN_OUT, {}, { cookie: `aula_token=${old}` });
    expect(res.errors).toBeUndefined();
    expect(res.headers.get('x-refreshed-token')).toBeNull();
    const cookies = res.headers.getSetCookie().filter((c) => c.startsWith('aula_token='));
    expect(cookies).toHaveLength(1);
    expect(cookies[0]).toMatch(/^aula_token=;.*Max-Age=0/);
  });
});

describe('OAuth routes without provider credentials', () => {
  it.each(['google', 'github'])('/auth/%s answers 404 with a clear message', async (provider) => {
    for (const path of [`/auth/${provider}`, `/auth/${provider}/callback?code=x&state=y`]) {
      const res = await fetch(`${server.url}${path}`, { redirect: 'manual' });
      expect(res.status).toBe(404);
      expect(await res.json()).toEqual({
        error: 'provider_not_configured',
        message: expect.stringMatching(
          /sign-in is not configured on this server \(set \w+_CLIENT_ID and \w+_CLIENT_SECRET\)/,
        ),
      });
    }
  });
});

describe('devSignIn', () => {
  const mutationNames = async (target: TestServer): Promise<string[]> => {
    const data = await target.client().ok<{ __type: { fields: Array<{ name: string }> } }>(MUTATIONS);
    return data.__type.fields.map((f) => f.name);
  };

  it('is absent from the schema by default', async () => {
    const names = await mutationNames(server);
    expect(names).toContain('signOutEverywhere');
    expect(names).not.toContain('devSignIn');
  });

  it('is absent in development unless AUTH_DEV_LOGIN=true', async () => {
    const schema = await createSchema({ NODE_ENV: 'development', AUTH_DEV_LOGIN: false });
    expect(Object.keys(schema.getMutationType()!.getFields())).not.toContain('devSignIn');
  });

  it('exists with NODE_ENV=development and AUTH_DEV_LOGIN=true, and signs in through the shared path', async () => {
    const dev = await startTestServer({ NODE_ENV: 'development', AUTH_DEV_LOGIN: 'true' });
    try {
      expect(await mutationNames(dev)).toContain('devSignIn');
      const data = await dev
        .client()
        .ok<{ devSignIn: { token: string; user: { email: string; effectiveRoles: string[] } } }>(
          'mutation { devSignIn(input: { email: "dev.user@example.test" }) { token user { email effectiveRoles } } }',
        );
      expect(data.devSignIn.user).toEqual({ email: 'dev.user@example.test', effectiveRoles: ['LEARNER'] });
      const audit = await manager(dev).query(`SELECT after FROM audit_logs WHERE action = 'auth.sign_in'`);
      expect(audit).toEqual([{ after: expect.objectContaining({ provider: 'DEV', newUser: true }) }]);
    } finally {
      await dev.close();
    }
  });
});
