import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import type * as OAuth2MockServer from 'oauth2-mock-server' with { 'resolution-mode': 'import' };
import type { Caller } from '../../src/auth/actor';
import { signIn, type SignInProfile, type SignInResult } from '../../src/auth/sign-in.service';
import { importEsm } from './esm-import';
import type { TestServer } from './server';

/** What the Google mock's /userinfo answers (OpenID claims). */
export interface GoogleUser {
  sub: string;
  email?: string;
  email_verified?: boolean;
  given_name?: string;
  family_name?: string;
  picture?: string;
}

export interface GoogleMock {
  url: string;
  /** startTestServer overrides pointing the Google strategy at this mock. */
  env: Record<string, string>;
  /** The profile the next /userinfo call returns. */
  user: GoogleUser;
  /** The refresh token of the last token response. */
  lastRefreshToken: string | null;
  close(): Promise<void>;
}

/** A real OAuth 2 / OpenID server (oauth2-mock-server) on loopback, shaped like Google's endpoints. */
export async function startGoogleMock(): Promise<GoogleMock> {
  const { OAuth2Server } = await importEsm<typeof OAuth2MockServer>('oauth2-mock-server');
  const server = new OAuth2Server();
  await server.issuer.keys.generate('RS256');
  await server.start(0, '127.0.0.1');
  const url = `http://127.0.0.1:${server.address().port}`;
  const mock: GoogleMock = {
    url,
    env: {
      GOOGLE_CLIENT_ID: 'google-client',
      GOOGLE_CLIENT_SECRET: 'google-secret',
      GOOGLE_AUTH_URL: `${url}/authorize`,
      GOOGLE_TOKEN_URL: `${url}/token`,
      GOOGLE_USERINFO_URL: `${url}/userinfo`,
    },
    user: { sub: 'unset' },
    lastRefreshToken: null,
    close: () => server.stop(),
  };
  server.service.on('beforeUserinfo', (response: OAuth2MockServer.MutableResponse) => {
    response.body = { ...mock.user };
  });
  server.service.on('beforeResponse', (response: OAuth2MockServer.MutableResponse) => {
    const token = response.body === '' ? undefined : response.body['refresh_token'];
    mock.lastRefreshToken = typeof token === 'string' ? token : null;
  });
  return mock;
}

export interface GitHubEmail {
  email: string;
  primary: boolean;
  verified: boolean;
  visibility?: string | null;
}

export interface GitHubMock {
  url: string;
  env: Record<string, string>;
  user: { id: number; login: string; name: string | null; avatar_url?: string };
  emails: GitHubEmail[];
  close(): Promise<void>;
}

/** A small GitHub look-alike: authorize, access_token, /user and /user/emails, on loopback. */
export async function startGitHubMock(): Promise<GitHubMock> {
  const codes = new Set<string>();
  const tokens = new Set<string>();
  const app = express();
  const mock: GitHubMock = {
    url: '',
    env: {},
    user: { id: 1, login: 'octo', name: null },
    emails: [],
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  app.get('/login/oauth/authorize', (req, res) => {
    const target = new URL(String(req.query.redirect_uri));
    const code = randomUUID();
    codes.add(code);
    target.searchParams.set('code', code);
    if (typeof req.query.state === 'string') target.searchParams.set('state', req.query.state);
    res.redirect(302, target.toString());
  });
  app.post('/login/oauth/access_token', express.urlencoded({ extended: false }), (req, res) => {
    const body = req.body as Record<string, string>;
    if (!codes.delete(body.code) || body.client_secret !== 'github-secret') {
      res.json({ error: 'bad_verification_code' });
      return;
    }
    const token = randomUUID();
    tokens.add(token);
    res.json({ access_token: token, token_type: 'bearer', scope: 'user:email' });
  });
  const authorized = (req: express.Request): boolean =>
    tokens.has((req.get('authorization') ?? '').replace(/^(Bearer|token) /i, ''));
  app.get('/user', (req, res) => {
    if (!authorized(req)) return void res.status(401).json({ message: 'Bad credentials' });
    res.json({ ...mock.user, email: null, html_url: `https://github.example/${mock.user.login}` });
  });
  app.get('/user/emails', (req, res) => {
    if (!authorized(req)) return void res.status(401).json({ message: 'Bad credentials' });
    res.json(mock.emails);
  });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  mock.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  mock.env = {
    GITHUB_CLIENT_ID: 'github-client',
    GITHUB_CLIENT_SECRET: 'github-secret',
    GITHUB_AUTH_URL: `${mock.url}/login/oauth/authorize`,
    GITHUB_TOKEN_URL: `${mock.url}/login/oauth/access_token`,
    GITHUB_USER_URL: `${mock.url}/user`,
    GITHUB_EMAILS_URL: `${mock.url}/user/emails`,
  };
  return mock;
}

/** Cookies as a browser would keep them between redirects (name → value; an empty value deletes). */
export class CookieJar {
  readonly cookies = new Map<string, string>();

  store(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      if (value === '' || /max-age=0/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

export interface FlowSteps {
  /** The answer of GET /auth/<provider>. */
  start: Response;
  /** The provider's authorize URL the server redirected to. */
  authorizeUrl: URL;
  /** The server's callback URL the provider redirected back to. */
  callbackUrl: URL;
  /** The answer of the callback. */
  callback: Response;
  jar: CookieJar;
}

export interface FlowOptions {
  redirect?: string;
  /** Changes the callback URL before it is followed (to tamper with the state, say). */
  tamper?: (callbackUrl: URL) => void;
  /** Drop the browser's cookies before the callback (a callback from another browser). */
  dropCookies?: boolean;
}

/** Drives the real OAuth flow with fetch, as a browser would: start → provider authorize → callback. */
export async function oauthFlow(
  server: TestServer,
  provider: 'google' | 'github',
  options: FlowOptions = {},
): Promise<FlowSteps> {
  const jar = new CookieJar();
  const query = options.redirect ? `?redirect=${options.redirect}` : '';
  const start = await fetch(`${server.url}/auth/${provider}${query}`, { redirect: 'manual' });
  if (start.status !== 302) throw new Error(`start answered ${start.status}: ${await start.text()}`);
  jar.store(start);
  const authorizeUrl = new URL(start.headers.get('location')!);
  const authorize = await fetch(authorizeUrl, { redirect: 'manual' });
  if (authorize.status !== 302) throw new Error(`authorize answered ${authorize.status}: ${await authorize.text()}`);
  const callbackUrl = new URL(authorize.headers.get('location')!);
  options.tamper?.(callbackUrl);
  if (options.dropCookies) jar.cookies.clear();
  // Same server, reached on the test server's own address (PUBLIC_URL defaults to localhost:<port>).
  const local = new URL(callbackUrl.pathname + callbackUrl.search, server.url);
  const callback = await fetch(local, { redirect: 'manual', headers: { cookie: jar.header() } });
  jar.store(callback);
  return { start, authorizeUrl, callbackUrl, callback, jar };
}

/** Runs the signIn use case directly, in a transaction of its own, as an anonymous caller (no HTTP). */
export async function signInDirectly(
  server: TestServer,
  profile: SignInProfile,
  caller: Partial<Caller> = {},
): Promise<SignInResult> {
  const anonymous: Caller = { userId: null, roles: [], now: new Date(), requestId: null, ip: null, userAgent: null };
  const outcome = await server.db.database.dataSource.transaction((tx) =>
    signIn(tx, { ...anonymous, ...caller }, { profile, ownerEmails: [] }),
  );
  return outcome.value;
}
