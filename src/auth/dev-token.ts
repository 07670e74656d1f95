import type { AppDeps } from '../app/deps';
import { execute } from '../app/runner';
import { systemCaller } from './actor';
import { signIn } from './sign-in.service';
import { issueToken } from './tokens';

/** The demo owner (OWNER in the demo data) whom the development token signs in. */
export const DEMO_EMAIL = 'owner@aula.dev';

/**
 * Signs the demo owner in through the same path as devSignIn (audited; created when absent) and
 * returns a token for it, so a newcomer can call protected operations at once (development only).
 */
export async function issueDevToken(deps: AppDeps): Promise<string> {
  const { user } = await execute(deps, systemCaller(deps.clock(), 'startup'), signIn, {
    profile: { email: DEMO_EMAIL, provider: 'DEV' },
    ownerEmails: deps.env.OWNER_EMAILS,
  });
  return issueToken(user, deps.env.JWT_SECRET);
}
