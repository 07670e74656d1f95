import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { getOperationAST, printSchema, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/** Distinct operations kept compiled; the least recently used one goes first. */
const CACHE_SIZE = 1000;

/**
 * Executes operations with graphql-jit instead of graphql-js: each distinct document (by Apollo's
 * query hash) is compiled once into plain JavaScript that walks the result without a promise per
 * field. Apollo still parses, validates and formats; this only replaces execution, through
 * Apollo's gateway hook (the one place it accepts another executor).
 */
export function compiledExecution(schema: GraphQLSchema): GatewayInterface {
  const compiled = new Map<string, CompiledQuery | ExecutionResult>();

  const compiledFor = (
    key: string,
    compile: () => CompiledQuery | ExecutionResult,
  ): CompiledQuery | ExecutionResult => {
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
    const query = compiledFor(`${request.queryHash}:${operationName ?? ''}`, () =>
      compileQuery(schema, request.document, operationName ?? undefined),
    );
    if (!isCompiledQuery(query)) return query;
    const variables = request.request.variables ?? {};
    // graphql-js's coercion first: its errors are the ones Apollo answers as BAD_USER_INPUT.
    const operation = getOperationAST(request.document, operationName);
    const coerced = getVariableValues(schema, operation?.variableDefinitions ?? [], variables, { maxErrors: 50 });
    if (coerced.errors) return { errors: coerced.errors };
    return query.query(undefined, request.context, variables);
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
