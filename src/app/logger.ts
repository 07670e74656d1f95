import pino, { type DestinationStream, type Logger } from 'pino';
import type { Env } from '../config/env';

/** Where request logs would carry credentials: session tokens in headers, cookies and the re-issued token. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  'res.headers["x-refreshed-token"]',
];

/** JSON logs (stdout unless given a destination); request logs carry the request id, never a credential. */
export function createLogger(env: Pick<Env, 'LOG_LEVEL'>, destination?: DestinationStream): Logger {
  return pino(
    { level: env.LOG_LEVEL, base: { service: 'aula' }, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } },
    destination ?? pino.destination(1),
  );
}
