import pino, { type DestinationStream, type Logger } from 'pino';
import type { Env } from '../config/env';

/** Where request logs would carry credentials: session tokens in headers, cookies and the re-issued token. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  'res.headers["x-refreshed-token"]',
];

/** Query parameters that are credentials: OAuth callbacks' code and state, tokens in links. */
const SECRET_PARAMS = new Set(['code', 'state', 'token', 'access_token', 'refresh_token', 'id_token']);

/** Paths that are credentials themselves: a calendar feed's secret token (src/modules/ics-feed). */
const SECRET_PATH = /^(\/calendar\/)[^/?]+(\.ics)/;

/** A serialized request (pino's form) without the credentials its path or query string may carry. */
export function withoutQuerySecrets<T extends { url?: string; query?: Record<string, unknown> }>(req: T): T {
  if (req.url) req.url = req.url.replace(SECRET_PATH, '$1[redacted]$2');
  if (req.url?.includes('?')) {
    const [path, search] = req.url.split('?', 2) as [string, string];
    const parts = search.split('&').map((part) => {
      const name = part.split('=', 1)[0]!;
      return SECRET_PARAMS.has(name.toLowerCase()) ? `${name}=[redacted]` : part;
    });
    req.url = `${path}?${parts.join('&')}`;
  }
  if (req.query) {
    const query = { ...req.query };
    for (const name of Object.keys(query)) if (SECRET_PARAMS.has(name.toLowerCase())) query[name] = '[redacted]';
    req.query = query;
  }
  return req;
}

/** JSON logs (stdout unless given a destination); request logs carry the request id, never a credential. */
export function createLogger(env: Pick<Env, 'LOG_LEVEL'>, destination?: DestinationStream): Logger {
  const options = {
    level: env.LOG_LEVEL,
    base: { service: 'aula' },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
  };
  return destination ? pino(options, destination) : pino(options);
}
