import pino, { type Logger } from 'pino';
import type { Env } from '../config/env';

/** JSON logs to stdout; request logs carry the request id. */
export function createLogger(env: Pick<Env, 'LOG_LEVEL'>): Logger {
  return pino({ level: env.LOG_LEVEL, base: { service: 'aula' } });
}
