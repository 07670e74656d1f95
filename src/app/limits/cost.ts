import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isLeafType,
  isListType,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import { getComplexity, type ComplexityEstimatorArgs } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../common/pagination';
import { QueryTooComplexError } from '../../errors/app-error';
import { LimitReason } from './limits.reasons';

/** Items assumed for a list that is not a connection (a user's roles, badges, skills): small, unpaged lists. */
export const LIST_ESTIMATE = 10;
/** What each mutation field adds for its write, beyond the objects its payload selects. */
export const MUTATION_COST = 10;
/** Fields (fragments expanded) the cost walk visits at most; a document past it is refused. */
export const MAX_COST_FIELDS = 10_000;
/** graphql-query-complexity's message when the walk reaches MAX_COST_FIELDS. */
const TOO_MANY_NODES = 'Query exceeds the maximum allowed number of nodes.';

/**
 * The cost of an operation: how many objects its answer can hold at most, the way GitHub counts
 * nodes. A leaf field costs nothing and an object 1 plus what it selects; a connection multiplies
 * what it selects by its page size (`first`/`last`, else the default page size), `nodes(ids)` by its
 * id count, any other list of objects by LIST_ESTIMATE; each mutation field adds MUTATION_COST;
 * introspection (`__schema`, `__type`) costs nothing.
 * At least 1; null when the variables do not fit the operation (execution answers that as
 * BAD_USER_INPUT). A document whose fragments expand past MAX_COST_FIELDS is refused.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | undefined,
): number | null {
  try {
    const cost = getComplexity({
      schema,
      query: document,
      operationName: operationName ?? undefined,
      variables: variables ?? {},
      estimators: [estimateField],
      maxQueryNodes: MAX_COST_FIELDS,
    });
    return Math.max(1, cost);
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    if (error.message === TOO_MANY_NODES) {
      throw new QueryTooComplexError(
        LimitReason.TOO_MANY_FIELDS,
        `The operation expands to more than ${MAX_COST_FIELDS} fields (fragments included)`,
        MAX_COST_FIELDS + 1,
        MAX_COST_FIELDS,
      );
    }
    return null;
  }
}

function estimateField({ type: parent, field, args, childComplexity }: ComplexityEstimatorArgs): number {
  // Introspection reads the schema in memory, bounded by its size (and the token limit), not the data.
  if (field.name.startsWith('__')) return 0;
  const write = parent.name === 'Mutation' ? MUTATION_COST : 0;
  const returned = getNullableType(field.type);
  const named = getNamedType(returned);
  if (isLeafType(named)) return write;
  if (named.name.endsWith('Connection')) return write + 1 + pageSize(args) * childComplexity;
  // A connection's `edges` and `nodes` are one page: counted by the connection's page size above.
  if (!isListType(returned) || parent.name.endsWith('Connection')) return write + 1 + childComplexity;
  const items = Array.isArray(args.ids) ? args.ids.length : LIST_ESTIMATE;
  return write + items * (1 + childComplexity);
}

function pageSize(args: Record<string, unknown>): number {
  const asked = typeof args.first === 'number' ? args.first : typeof args.last === 'number' ? args.last : null;
  // Sizes out of range are refused by the field itself; the cost counts what it could return.
  return asked === null ? DEFAULT_PAGE_SIZE : Math.min(Math.max(asked, 0), MAX_PAGE_SIZE);
}
