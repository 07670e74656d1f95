import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import { DocumentMemo } from '../../common/document-memo';
import { RateLimitedError } from '../../errors/app-error';
import type { Context } from '../context';
import { operationCost } from './cost';
import { LimitReason } from './limits.reasons';
import { isTokenLimitMessage, tooCostly, tooManyTokens, type QueryLimits } from './query-limits';
import type { CostBudgets, CostReport } from './rate-limit';

/**
 * Holds every operation to the query limits and the caller's cost budget before it runs, and
 * reports its cost in `extensions.cost`. Depth, aliases and directives are validation rules
 * (limitRules); the token limit stops parsing (Apollo's parseOptions), and its refusal is given its
 * code and measured value here. `observeCost` sees every operation's cost, refused ones included (metrics).
 */
export function limitsPlugin(
  schema: GraphQLSchema,
  limits: QueryLimits,
  budgets: CostBudgets,
  observeCost?: (cost: number, operationName: string | null) => void,
): ApolloServerPlugin<Context> {
  // A document's cost depends only on its operation and variables: worked out once for each.
  const costs = new DocumentMemo<number | null>();
  return {
    async requestDidStart() {
      let cost: CostReport | undefined;
      return {
        async didResolveOperation({ document, operationName, request, contextValue }) {
          // Variables that do not fit are answered by execution (BAD_USER_INPUT); the request still costs 1.
          const key = `${operationName ?? ''}\n${JSON.stringify(request.variables ?? {})}`;
          const requested =
            costs.get(document, key, () => operationCost(schema, document, operationName, request.variables)) ?? 1;
          observeCost?.(requested, operationName);
          if (requested > limits.cost) throw tooCostly(requested, limits.cost);
          const spent = await budgets.spend(contextValue.actor, requested);
          cost = spent.report;
          if (spent.retryAfter !== undefined) throw new RateLimitedError(LimitReason.BUDGET_SPENT, spent.retryAfter);
        },
        async willSendResponse({ response, source }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (result.errors && source !== undefined) {
            result.errors = result.errors.map((error) =>
              isTokenRefusal(error) ? tokenRefusal(source, limits) : error,
            );
          }
          if (cost) result.extensions = { ...result.extensions, cost };
        },
      };
    },
  };
}

function isTokenRefusal(error: GraphQLFormattedError): boolean {
  return error.extensions?.code === 'GRAPHQL_PARSE_FAILED' && isTokenLimitMessage(error.message);
}

function tokenRefusal(source: string, limits: QueryLimits): GraphQLFormattedError {
  const refusal = tooManyTokens(source, limits.tokens);
  const { http: _http, ...extensions } = refusal.extensions;
  return { message: refusal.message, extensions };
}
