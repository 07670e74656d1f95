import type { Logger } from 'pino';
import type { Env } from '../config/env';
import type { Database } from '../db/data-source';

/** Process-wide dependencies handed to the server and every request context. */
export interface AppDeps {
  env: Env;
  database: Database;
  logger: Logger;
  /** The current time; tests replace it to move role windows in and out of effect. */
  clock: () => Date;
}
