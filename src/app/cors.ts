import cors, { type CorsOptions } from 'cors';
import type { RequestHandler } from 'express';
import { REFRESHED_TOKEN_HEADER } from '../auth/session';
import type { Env } from '../config/env';

/** Apollo Sandbox on Apollo's site, which admins point at the production /graphql. */
export const SANDBOX_ORIGIN = 'https://studio.apollographql.com';

/** The web apps' origins: CORS_ORIGINS, else APP_URL's. */
export function webOrigins(env: Pick<Env, 'CORS_ORIGINS' | 'APP_URL'>): string[] {
  return env.CORS_ORIGINS ?? [new URL(env.APP_URL).origin];
}

/**
 * Browser apps on the configured origins call with their cookie and read the ids and refreshed
 * tokens. Apollo Sandbox's origin may call too, but without credentials: browsers then send no
 * cookie from it (a preflight answered without Allow-Credentials fails such a request), so only the
 * `Authorization: Bearer` header an admin pastes into Sandbox signs it in, and a page on Apollo's
 * site can do nothing a script with no token could not.
 */
export function corsMiddleware(env: Pick<Env, 'CORS_ORIGINS' | 'APP_URL'>): RequestHandler {
  const origins = webOrigins(env);
  const shared: CorsOptions = { exposedHeaders: ['x-request-id', REFRESHED_TOKEN_HEADER], maxAge: 600 };
  const apps: CorsOptions = { ...shared, origin: origins, credentials: true };
  // An array, so that answers vary by Origin like the apps' ones.
  const sandbox: CorsOptions = { ...shared, origin: [SANDBOX_ORIGIN], credentials: false };
  const listed = origins.includes(SANDBOX_ORIGIN);
  return cors((req, callback) => callback(null, !listed && req.headers.origin === SANDBOX_ORIGIN ? sandbox : apps));
}
