import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type * as GlobalIds from '../../src/common/global-id';
import type * as Tokens from '../../src/auth/tokens';
import { SetupError } from './args';
import { ROOT } from './server';

/** The app's own token and id functions, from the same build the server runs. */
export interface CompiledApp {
  issueToken: typeof Tokens.issueToken;
  toGlobalId: typeof GlobalIds.toGlobalId;
}

/** `npm run build`; its output is shown only when it fails. */
export function build(): void {
  const result = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) {
    throw new SetupError(`npm run build failed:\n${result.stdout}${result.stderr}`);
  }
}

export function loadCompiledApp(): CompiledApp {
  const file = (path: string): string => {
    const full = join(ROOT, 'dist', 'src', path);
    if (!existsSync(full)) throw new SetupError(`${full} is missing: run npm run build (or drop --skip-build).`);
    return full;
  };
  // Loaded at run time from dist/, not imported, so the bench signs with exactly what the server verifies.
  const tokens = require(file('auth/tokens.js')) as typeof Tokens;
  const ids = require(file('common/global-id.js')) as typeof GlobalIds;
  return { issueToken: tokens.issueToken, toGlobalId: ids.toGlobalId };
}
