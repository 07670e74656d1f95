import { unwrapResolverError } from '@apollo/server/errors';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from 'pino';
import type { Context } from './context';
import { isExpectedError } from './errors';

/** Logs every unexpected resolver error with its request id; clients only see INTERNAL_SERVER_ERROR. */
export function errorLoggingPlugin(logger: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, operationName }) {
          for (const error of errors) {
            const original = unwrapResolverError(error);
            // Errors without a path come from parsing or validation: the client's, already answered.
            if (isExpectedError(original) || !error.path) continue;
            logger.error(
              { err: original, requestId: contextValue.requestId, operationName, path: error.path },
              'unexpected error in a resolver',
            );
          }
        },
      };
    },
  };
}
