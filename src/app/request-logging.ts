import { unwrapResolverError } from '@apollo/server/errors';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from 'pino';
import type { Context } from './context';
import { isExpectedError } from './errors';

/** Puts the operation name, the user and the error codes on the request's log line. */
export function requestLogPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, operationName, response }) {
          const log = contextValue.requestLog;
          if (!log) return;
          log.operation = operationName ?? null;
          log.userId = contextValue.actor?.userId ?? null;
          if (response.body.kind === 'single' && response.body.singleResult.errors?.length) {
            log.errors = response.body.singleResult.errors.map((e) => String(e.extensions?.code ?? 'UNKNOWN'));
          }
        },
      };
    },
  };
}

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
