import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import {
  getOperationAST,
  printSchema,
  type ExecutionResult,
  type GraphQLError,
  type GraphQLSchema,
  type VariableDefinitionNode,
} from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/** Distinct operations kept compiled; the least recently used one goes first. */
const CACHE_SIZE = 1000;

/** An operation compiled once: its executable form (or why it cannot run) and its variable definitions. */
interface Compiled {
  query: CompiledQuery | ExecutionResult;
  variableDefinitions: readonly VariableDefinitionNode[];
}

/**
 * Executes operations with graphql-jit instead of graphql-js: each distinct document (by Apollo's
 * query hash) is compiled once into plain JavaScript that walks the result without a promise per
 * field. Apollo still parses, validates and formats; this only replaces execution, through
 * Apollo's gateway hook (the one place it accepts another executor).
 */
export function compiledExecution(schema: GraphQLSchema): GatewayInterface {
  const compiled = new Map<string, Compiled>();

  const compiledFor = (key: string, compile: () => Compiled): Compiled => {
    let found = compiled.get(key);
    if (found) {
      compiled.delete(key);
    } else {
      found = compile();
      if (compiled.size >= CACHE_SIZE) compiled.delete(compiled.keys().next().value!);
    }
    compiled.set(key, found);
    return found;
  };

  const executor: GatewayExecutor = async (request) => {
    const operationName = request.request.operationName ?? null;
    const { query, variableDefinitions } = compiledFor(`${request.queryHash}:${operationName ?? ''}`, () => ({
      query: compileQuery(schema, request.document, operationName ?? undefined),
      variableDefinitions: getOperationAST(request.document, operationName)?.variableDefinitions ?? [],
    }));
    if (!isCompiledQuery(query)) return query;
    const variables = request.request.variables ?? {};
    // graphql-js's coercion first: its errors are the ones Apollo answers as BAD_USER_INPUT.
    const coerced = getVariableValues(schema, variableDefinitions, variables, { maxErrors: 50 });
    if (coerced.errors) return { errors: coerced.errors };
    const result = await query.query(undefined, request.context, variables);
    return result.errors ? { ...result, errors: result.errors.map(withExtensions) } : result;
  };

  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => undefined;
    },
    load: async () => ({ executor }),
    stop: async () => undefined,
  };
}

/**
 * graphql-jit leaves `extensions` undefined on errors whose original error has none (a driver
 * error, a bug), and Apollo fails formatting those: such errors get an empty `extensions`, so they
 * reach formatError and are answered by its rules (a database outage, a masked fault).
 */
function withExtensions(error: GraphQLError): GraphQLError {
  if (error.extensions) return error;
  return Object.create(Object.getPrototypeOf(error) as object, {
    message: { value: error.message, enumerable: true },
    locations: { value: error.locations, enumerable: Boolean(error.locations?.length) },
    path: { value: error.path, enumerable: Boolean(error.path) },
    originalError: { value: error.originalError },
    extensions: { value: {} },
    stack: { value: error.stack, writable: true, configurable: true },
  }) as GraphQLError;
}
