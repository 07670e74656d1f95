import { ConfigError, parseEnv } from './env';

/** Production secrets that pass the rules, for the tests of the other rules. */
export const SECRET = 'a-production-secret-that-is-long-enough';
export const KEY = 'ff'.repeat(32);
/** Production without an SMTP server: the tests of other rules leave e-mail out of their problems. */
export const MAIL_OFF = { MAIL_DISABLED: 'true' };

/** The `NAME: reason` lines of the ConfigError that parsing `source` throws. */
export function problemsOf(source: NodeJS.ProcessEnv): string[] {
  try {
    parseEnv(source);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}
