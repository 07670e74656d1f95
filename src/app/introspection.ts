import type { ApolloServerPlugin } from '@apollo/server';
import { BREAK, visit, type DocumentNode } from 'graphql';
import { isAdmin } from '../auth/rules';
import { CommonReason, ForbiddenError, UnauthenticatedError } from '../errors/app-error';
import { DocumentMemo } from '../common/document-memo';
import type { Context } from './context';

const introspecting = new DocumentMemo<boolean>(1);

/** Whether an operation asks for the schema (`__schema` or `__type`; `__typename` is not introspection). */
function introspects(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') {
        found = true;
        return BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/**
 * Introspection only for admins and owners (production): everyone else is refused before
 * execution, so Sandbox works for the people who run the platform and the schema stays private.
 */
export function adminIntrospectionPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, contextValue }) {
          if (!introspecting.get(document, '', () => introspects(document)) || isAdmin(contextValue.actor.roles))
            return;
          const refusal = contextValue.viewer
            ? new ForbiddenError(CommonReason.NOT_ALLOWED, 'Introspection is open to admins only')
            : new UnauthenticatedError();
          // Answered like the same refusal of a field (200), not as a server fault (Apollo's default here).
          refusal.extensions.http = { status: 200 };
          throw refusal;
        },
      };
    },
  };
}
