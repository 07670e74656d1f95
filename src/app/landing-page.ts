import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { Env } from '../config/env';

/** What Sandbox opens with: a short, real query of the signed-in user's home screen. */
export const SANDBOX_EXAMPLE = `# The signed-in user's dashboard; the Authorization header signs you in.
query Dashboard {
  viewer {
    displayName
    email
    badgeProgress {
      earned
      total
    }
    unreadMessageCount
  }
  virtualClasses(first: 5) {
    nodes {
      title
      startsAt
      status
    }
  }
}
`;

/**
 * Development and test: the embedded Apollo Sandbox on GET /graphql, opened on the example with
 * the dev token (when one was issued) as a shared header. Production: no page at all; admins use
 * Sandbox on Apollo's site with their own token (README "Apollo Sandbox").
 */
export function landingPagePlugin(env: Pick<Env, 'NODE_ENV'>, sandboxToken?: string): ApolloServerPlugin {
  if (env.NODE_ENV === 'production') return ApolloServerPluginLandingPageDisabled();
  return ApolloServerPluginLandingPageLocalDefault({
    document: SANDBOX_EXAMPLE,
    // Shared headers go with every tab and with Sandbox's own introspection, not only the first operation.
    embed: { initialState: sandboxToken ? { sharedHeaders: { Authorization: `Bearer ${sandboxToken}` } } : {} },
  });
}
