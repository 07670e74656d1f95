import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import {
  AppError,
  CommonReason,
  ErrorCode,
  RETRY_AFTER_SECONDS,
  ServiceUnavailableError,
  type FieldErrors,
} from '../errors/app-error';
import { isDatabaseUnavailable } from '../errors/db-errors';

const CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** Errors the API raises on purpose (typed errors, validation, auth); anything else is a fault. */
export function isExpectedError(error: unknown): boolean {
  return error instanceof AppError || error instanceof ArgumentValidationError;
}

/**
 * The error a resolver threw, or the one a validation rule reported (Apollo wraps those as
 * GRAPHQL_VALIDATION_FAILED, keeping ours as the original: a query limit's QUERY_TOO_COMPLEX).
 */
function causeOf(error: unknown): unknown {
  const unwrapped = unwrapResolverError(error);
  return unwrapped instanceof GraphQLError && unwrapped.originalError instanceof AppError
    ? unwrapped.originalError
    : unwrapped;
}

function isClientRefusal(error: unknown): boolean {
  const status =
    error instanceof GraphQLError ? (error.extensions.http as { status?: number } | undefined)?.status : undefined;
  return status !== undefined && status >= 400 && status < 500;
}

/** Maps every error to the codes of the API; hides internals outside development. */
export function formatError(formatted: GraphQLFormattedError, error: unknown, expose: boolean): GraphQLFormattedError {
  const unwrapped = causeOf(error);
  // A database that cannot be reached is an answer of its own (retry later), not a fault.
  const original = isDatabaseUnavailable(unwrapped) ? new ServiceUnavailableError() : unwrapped;
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  if (original instanceof ArgumentValidationError) {
    const fields: FieldErrors = {};
    const walk = (errors: ArgumentValidationError['extensions']['validationErrors'], prefix: string): void => {
      for (const e of errors) {
        const name = prefix ? `${prefix}.${e.property}` : e.property;
        if (e.constraints) fields[name] = Object.values(e.constraints).join('; ');
        if (e.children?.length) walk(e.children, name);
      }
    };
    walk(original.extensions.validationErrors, '');
    return {
      ...base,
      message: 'Invalid input',
      extensions: { code: ErrorCode.BAD_USER_INPUT, reason: CommonReason.INVALID_INPUT, fields },
    };
  }
  if (original instanceof AppError) {
    // `http` sets the status of a refused request; it is not part of the answer.
    const { http: _http, ...extensions } = original.extensions;
    return { ...base, message: original.message, extensions };
  }
  const code = formatted.extensions?.code;
  // Errors Apollo raised before any resolver ran (parse, validation, variable coercion) are the client's.
  if (typeof code === 'string' && CLIENT_CODES.has(code)) return { ...base, extensions: { code, reason: code } };
  if (code === ErrorCode.BAD_USER_INPUT) {
    return {
      ...base,
      extensions: { code, reason: CommonReason.INVALID_INPUT, fields: variableFields(formatted.message) },
    };
  }
  // Apollo refuses some requests with a 4xx status and no code of its own (an APQ hash that does not match its query).
  if (isClientRefusal(error)) return { ...base, extensions: { code: 'BAD_REQUEST', reason: 'BAD_REQUEST' } };
  if (expose) return formatted;
  return { ...base, message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}

/**
 * The input fields a variable coercion error names (graphql-js: `Variable "$v" got invalid value …
 * at "v.a.b"; why`), keyed like validation errors: the path inside the variable, or the variable
 * itself when the whole value is wrong or missing.
 */
export function variableFields(message: string): FieldErrors {
  const variable = /^Variable "\$([^"]+)"/.exec(message)?.[1];
  if (!variable) return {};
  const missing = / of required type "([^"]+)" was not provided\.$/.exec(message);
  if (missing) return { [variable]: `is required (${missing[1]})` };
  const reason = message.slice(message.indexOf('; ') + 2) || 'is invalid';
  const at = / at "([^"]+)";/.exec(message)?.[1];
  if (at) return { [at.startsWith(`${variable}.`) ? at.slice(variable.length + 1) : at]: reason };
  const unknown = /^Field "([^"]+)" is not defined by type/.exec(reason)?.[1];
  return { [unknown ?? variable]: reason };
}

/** Answers an operation the database could not serve with HTTP 503 and Retry-After, as clients and proxies expect. */
export function unavailableStatusPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors ?? [];
          if (!errors.some((e) => e.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE)) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
        },
      };
    },
  };
}
