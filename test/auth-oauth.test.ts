import { decrypt, encryptionKey } from '../src/auth/crypto';
import { verifyToken } from '../src/auth/tokens';
import { Role } from '../src/modules/role/role';
import { UserStatus } from '../src/modules/user/user.entity';
import {
  oauthFlow,
  startGitHubMock,
  startGoogleMock,
  type FlowOptions,
  type FlowSteps,
  type GitHubMock,
  type GoogleMock,
  type GoogleUser,
} from './helpers/auth-oauth';
import { createUser, manager } from './helpers/factories';
import { startTestServer, type TestServer } from './helpers/server';

const APP_URL = 'http://app.test/home';
const MOBILE_REDIRECT_URL = 'aula-test://signed-in';
const OWNER_EMAIL = 'boss@example.test';

let google: GoogleMock;
let github: GitHubMock;
let server: TestServer;

beforeAll(async () => {
  google = await startGoogleMock();
  github = await startGitHubMock();
  server = await startTestServer({
    ...google.env,
    ...github.env,
    OWNER_EMAILS: OWNER_EMAIL,
    APP_URL,
    MOBILE_REDIRECT_URL,
  });
});
afterAll(async () => {
  await server?.close();
  await google?.close();
  await github?.close();
});

const VIEWER = 'query { viewer { id email effectiveRoles } }';
interface ViewerData {
  viewer: { id: string; email: string; effectiveRoles: Role[] } | null;
}

let nextSub = 1;
function googleUser(email: string, extra: Partial<GoogleUser> = {}): GoogleUser {
  return { sub: `g-${nextSub++}`, email, email_verified: true, given_name: 'Ada', family_name: 'Lovelace', ...extra };
}

/** One Google identity for the bootstrap owner, so every owner sign-in lands on the same account. */
const OWNER_PROFILE = googleUser(OWNER_EMAIL);

async function googleSignIn(user: GoogleUser, options: FlowOptions = {}): Promise<FlowSteps> {
  google.user = user;
  return oauthFlow(server, 'google', options);
}

function sessionToken(flow: FlowSteps): string {
  const token = flow.jar.cookies.get('aula_token');
  if (!token) throw new Error(`no aula_token cookie; callback answered ${flow.callback.status}`);
  return token;
}

async function viewerWithCookie(token: string): Promise<ViewerData['viewer']> {
  const res = await server.client().request<ViewerData>(VIEWER, {}, { cookie: `aula_token=${token}` });
  return res.data?.viewer ?? null;
}

async function accountsOf(
  email: string,
): Promise<Array<{ provider: string; provider_account_id: string; refresh_token_encrypted: string | null }>> {
  return manager(server).query(
    `SELECT a.provider, a.provider_account_id, a.refresh_token_encrypted
       FROM accounts a JOIN users u ON u.id = a.user_id WHERE u.email = $1`,
    [email],
  );
}

describe('GET /auth/google', () => {
  it('redirects to the provider with a signed state, offline access and forced consent', async () => {
    const res = await fetch(`${server.url}/auth/google`, { redirect: 'manual' });
    expect(res.status).toBe(302);
    const location = new URL(res.headers.get('location')!);
    expect(`${location.origin}${location.pathname}`).toBe(`${google.url}/authorize`);
    expect(location.searchParams.get('state')).toMatch(/^[\w-]+\.[\w-]+$/);
    expect(location.searchParams.get('access_type')).toBe('offline');
    expect(location.searchParams.get('prompt')).toBe('consent');
    expect(location.searchParams.get('scope')).toBe('openid email profile');
    expect(location.searchParams.get('redirect_uri')).toMatch(/^http:\/\/localhost:\d+\/auth\/google\/callback$/);
    const stateCookie = res.headers.getSetCookie().find((c) => c.startsWith('aula_oauth_google='));
    expect(stateCookie).toMatch(/HttpOnly/);
    expect(stateCookie).toMatch(/SameSite=Lax/);
  });

  it('refuses an unknown redirect hint', async () => {
    const res = await fetch(`${server.url}/auth/google?redirect=elsewhere`, { redirect: 'manual' });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: 'invalid_request' });
  });
});

describe('GET /auth/google/callback', () => {
  it('creates a new user as LEARNER, sets the aula_token cookie and redirects to APP_URL', async () => {
    const flow = await googleSignIn(googleUser('new.learner@example.test'));
    expect(flow.callback.status).toBe(302);
    expect(flow.callback.headers.get('location')).toBe(APP_URL);
    const cookie = flow.callback.headers.getSetCookie().find((c) => c.startsWith('aula_token='));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).toMatch(/Max-Age=2592000/);
    expect(cookie).not.toMatch(/Secure/); // COOKIE_SECURE defaults to false outside production
    // The state nonce is single-use: the callback clears it.
    expect(flow.jar.cookies.has('aula_oauth_google')).toBe(false);

    const token = sessionToken(flow);
    const byCookie = await viewerWithCookie(token);
    expect(byCookie).toMatchObject({ email: 'new.learner@example.test', effectiveRoles: [Role.LEARNER] });
    const byBearer = await server.client(token).ok<ViewerData>(VIEWER);
    expect(byBearer.viewer).toEqual(byCookie);
  });

  it('links a returning user to the same user and the same single account', async () => {
    const profile = googleUser('returning@example.test');
    const first = await googleSignIn(profile);
    const second = await googleSignIn(profile);
    const a = verifyToken(sessionToken(first), server.env.JWT_SECRET);
    const b = verifyToken(sessionToken(second), server.env.JWT_SECRET);
    expect(b?.userId).toBe(a?.userId);
    expect(await accountsOf('returning@example.test')).toEqual([
      { provider: 'GOOGLE', provider_account_id: profile.sub, refresh_token_encrypted: null },
    ]);
    const audit: Array<{ after: Record<string, unknown>; ip: string | null; user_agent: string | null }> =
      await manager(server).query(
        `SELECT after, ip, user_agent FROM audit_logs WHERE action = 'auth.sign_in' AND target_id = $1 ORDER BY created_at`,
        [a?.userId],
      );
    expect(audit).toHaveLength(2);
    expect(audit[0].after).toMatchObject({ provider: 'GOOGLE', newUser: true, accountLinked: true });
    expect(audit[1].after).toMatchObject({ provider: 'GOOGLE', newUser: false, accountLinked: false });
    expect(audit[1].ip).toMatch(/127\.0\.0\.1/);
    expect(audit[1].user_agent).toBeTruthy();
  });

  it('links Google to an existing user found by verified email', async () => {
    const existing = await createUser(server, { email: 'existing@example.test' });
    const flow = await googleSignIn(googleUser('Existing@Example.test'));
    expect(verifyToken(sessionToken(flow), server.env.JWT_SECRET)?.userId).toBe(existing.user.id);
    expect(await accountsOf('existing@example.test')).toHaveLength(1);
  });

  it('grants OWNER to an OWNER_EMAILS address at first sign-in, audited', async () => {
    const flow = await googleSignIn(OWNER_PROFILE);
    const viewer = await viewerWithCookie(sessionToken(flow));
    expect(viewer?.effectiveRoles.sort()).toEqual([Role.LEARNER, Role.OWNER]);
    const rows: Array<{ reason: string }> = await manager(server).query(
      `SELECT reason FROM audit_logs WHERE action = 'role.assign' AND after->>'role' = 'OWNER'`,
    );
    expect(rows).toEqual([{ reason: 'OWNER_EMAILS bootstrap' }]);
  });

  it('redirects to MOBILE_REDIRECT_URL with the token when the flow started with redirect=mobile', async () => {
    const flow = await googleSignIn(googleUser('mobile@example.test'), { redirect: 'mobile' });
    expect(flow.callback.status).toBe(302);
    const location = new URL(flow.callback.headers.get('location')!);
    expect(`${location.protocol}//${location.host}`).toBe(MOBILE_REDIRECT_URL);
    const token = location.searchParams.get('token')!;
    expect(flow.jar.cookies.has('aula_token')).toBe(false);
    const data = await server.client(token).ok<ViewerData>(VIEWER);
    expect(data.viewer?.email).toBe('mobile@example.test');
  });

  it('refuses a callback whose state was tampered with', async () => {
    const flow = await googleSignIn(googleUser('tampered@example.test'), {
      tamper: (url) => url.searchParams.set('state', `${url.searchParams.get('state')}x`),
    });
    expect(flow.callback.status).toBe(403);
    expect(await flow.callback.json()).toMatchObject({
      error: 'invalid_state',
      message: expect.stringMatching(/state/),
    });
    expect(flow.jar.cookies.has('aula_token')).toBe(false);
    expect(await accountsOf('tampered@example.test')).toEqual([]);
  });

  it('refuses a callback from a browser that did not start the flow (login CSRF)', async () => {
    const flow = await googleSignIn(googleUser('csrf@example.test'), { dropCookies: true });
    expect(flow.callback.status).toBe(403);
    expect(await flow.callback.json()).toMatchObject({
      error: 'invalid_state',
      message: expect.stringMatching(/not started in this browser/),
    });
  });

  it('refuses a callback without an authorization code', async () => {
    const res = await fetch(`${server.url}/auth/google/callback?state=abc`, { redirect: 'manual' });
    expect(res.status).toBe(400);
  });

  it('refuses a suspended user', async () => {
    await createUser(server, { email: 'suspended@example.test', status: UserStatus.SUSPENDED });
    const flow = await googleSignIn(googleUser('suspended@example.test'));
    expect(flow.callback.status).toBe(403);
    expect(await flow.callback.json()).toMatchObject({
      error: 'account_disabled',
      message: expect.stringMatching(/suspended/),
    });
    expect(flow.jar.cookies.has('aula_token')).toBe(false);
    expect(await accountsOf('suspended@example.test')).toEqual([]);
  });

  it('refuses a Google email that is not verified', async () => {
    const flow = await googleSignIn(googleUser('unverified.google@example.test', { email_verified: false }));
    expect(flow.callback.status).toBe(403);
    expect(await flow.callback.json()).toMatchObject({ error: 'email_not_verified' });
  });
});

describe('Google refresh tokens', () => {
  const key = (): Buffer => encryptionKey(server.env.TOKEN_ENCRYPTION_KEY);

  it('stores an OWNER’s refresh token only encrypted (AES-256-GCM), never in plaintext', async () => {
    await googleSignIn(OWNER_PROFILE);
    const plaintext = google.lastRefreshToken!;
    expect(plaintext).toBeTruthy();
    const [account] = await accountsOf(OWNER_EMAIL);
    const stored = account.refresh_token_encrypted!;
    expect(stored).toMatch(/^v1:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$/);
    expect(stored).not.toContain(plaintext);
    expect(decrypt(stored, key())).toBe(plaintext);
  });

  it('stores no refresh token for a plain learner', async () => {
    await googleSignIn(googleUser('plain.learner@example.test'));
    expect(google.lastRefreshToken).toBeTruthy();
    const [account] = await accountsOf('plain.learner@example.test');
    expect(account.refresh_token_encrypted).toBeNull();
  });

  it('clears the stored refresh token once the user no longer holds ADMIN', async () => {
    const admin = await createUser(server, { email: 'former.admin@example.test', roles: [Role.ADMIN] });
    const profile = googleUser('former.admin@example.test');
    await googleSignIn(profile);
    expect((await accountsOf('former.admin@example.test'))[0].refresh_token_encrypted).not.toBeNull();
    await manager(server).query(
      `UPDATE user_roles SET effective_end_date = now() WHERE user_id = $1 AND role = 'ADMIN'`,
      [admin.user.id],
    );
    await googleSignIn(profile);
    expect((await accountsOf('former.admin@example.test'))[0].refresh_token_encrypted).toBeNull();
  });
});

describe('GET /auth/github', () => {
  it('signs in with a verified primary email and links a GitHub account', async () => {
    github.user = { id: 4242, login: 'grace', name: 'Grace Brewster Hopper' };
    github.emails = [
      { email: 'grace.other@example.test', primary: false, verified: true },
      { email: 'grace@example.test', primary: true, verified: true },
    ];
    const flow = await oauthFlow(server, 'github');
    expect(flow.authorizeUrl.searchParams.get('scope')).toBe('user:email');
    expect(flow.callback.status).toBe(302);
    expect(flow.callback.headers.get('location')).toBe(APP_URL);
    const viewer = await viewerWithCookie(sessionToken(flow));
    expect(viewer).toMatchObject({ email: 'grace@example.test', effectiveRoles: [Role.LEARNER] });
    expect(await accountsOf('grace@example.test')).toEqual([
      { provider: 'GITHUB', provider_account_id: '4242', refresh_token_encrypted: null },
    ]);
    const [user]: Array<{ first_name: string; last_name: string }> = await manager(server).query(
      `SELECT first_name, last_name FROM users WHERE email = 'grace@example.test'`,
    );
    expect(user).toEqual({ first_name: 'Grace', last_name: 'Brewster Hopper' });
  });

  it('refuses a GitHub user whose primary email is not verified', async () => {
    github.user = { id: 5151, login: 'mallory', name: 'Mallory' };
    github.emails = [
      { email: 'mallory@example.test', primary: true, verified: false },
      { email: 'mallory.verified@example.test', primary: false, verified: true },
    ];
    const flow = await oauthFlow(server, 'github');
    expect(flow.callback.status).toBe(403);
    const body = (await flow.callback.json()) as { error: string; message: string };
    expect(body).toEqual({ error: 'email_not_verified', message: expect.stringMatching(/primary GitHub email/) });
    const users = await manager(server).query(`SELECT id FROM users WHERE email LIKE 'mallory%'`);
    expect(users).toEqual([]);
  });
});
