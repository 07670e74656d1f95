import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import {
  getOperationAST,
  GraphQLError,
  Kind,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionArgs,
  type GraphQLFormattedError,
  type GraphQLSchema,
} from 'graphql';
import type { SubscribePayload } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { isAdmin } from '../../auth/rules';
import { readCookie, SESSION_COOKIE } from '../../auth/cookies';
import { TOKEN_TTL_SECONDS } from '../../auth/tokens';
import { AppError, QueryTooComplexError, RateLimitedError, UnauthenticatedError } from '../../errors/app-error';
import { viewerFromToken, type Context } from '../context';
import type { AppDeps } from '../deps';
import { formatError } from '../errors';
import { operationCost } from '../limits/cost';
import { LimitReason } from '../limits/limits.reasons';
import { isTokenLimitMessage, limitRules, tooCostly, tooManyTokens, type QueryLimits } from '../limits/query-limits';
import type { CostBudgets } from '../limits/rate-limit';
import { createLoaders } from '../loaders';
import { DocumentNotTrustedError } from '../persisted-documents';
import type { TrustedDocuments } from '../trusted-documents';
import { SESSION_CLOSED, SocketSessions } from './sessions';

/** Operations one connection may run at once: each holds a listener (and a Redis channel) until it ends. */
export const MAX_OPERATIONS_PER_SOCKET = 50;

/** The largest WebSocket message taken, as the HTTP body limit: a larger one closes the socket (1009). */
const MAX_MESSAGE_BYTES = 100 * 1024;

/** The name of a document's first operation, for the log line of one that could not be parsed or validated. */
const OPERATION_NAME = /^\s*(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/;

type SignedIn = NonNullable<Awaited<ReturnType<typeof viewerFromToken>>>;

/** What a socket keeps between its messages. */
interface SocketState {
  token: string;
  userId: string;
  ip: string | null;
  userAgent: string | null;
}

export interface SubscriptionServerOptions {
  schema: GraphQLSchema;
  limits: QueryLimits;
  budgets: CostBudgets;
  trusted: TrustedDocuments;
  /** The web apps' origins: a browser on one of them may sign its socket in with the session cookie. */
  origins: readonly string[];
  /** The caller's address, as HTTP requests see it (through the trusted proxies). */
  clientIp(request: IncomingMessage): string | null;
}

/** The token of a connection: `authorization: "Bearer …"` (or `token`) in connectionParams, else the cookie of a listed origin. */
function connectionToken(
  params: Readonly<Record<string, unknown>> | undefined,
  request: IncomingMessage,
  origins: readonly string[],
): string | null {
  const header = params?.authorization ?? params?.Authorization;
  if (typeof header === 'string' && header.startsWith('Bearer ')) return header.slice('Bearer '.length).trim() || null;
  if (typeof params?.token === 'string' && params.token) return params.token;
  // A page on another site could open a socket with the user's cookie: only the apps' origins may use it.
  const origin = request.headers.origin;
  return origin === undefined || origins.includes(origin) ? readCookie(request, SESSION_COOKIE) : null;
}

/** The document a subscribe message names: a registered one by its hash, else the text it carries. */
function documentOf(trusted: TrustedDocuments, payload: SubscribePayload): { text: string; registered: boolean } {
  const persisted = (payload.extensions?.persistedQuery ?? null) as { sha256Hash?: unknown } | null;
  const hash = typeof persisted?.sha256Hash === 'string' ? persisted.sha256Hash : undefined;
  const text = hash === undefined ? undefined : trusted.text(hash);
  if (text !== undefined) return { text, registered: true };
  return { text: payload.query ?? '', registered: trusted.registers(payload.query ?? '') };
}

/** Parse and validation refusals, coded as Apollo codes them over HTTP. */
function refusal(error: GraphQLError, code: string): GraphQLError {
  // A query limit reports its own error (QUERY_TOO_COMPLEX) as a validation error.
  if (error instanceof AppError) return error;
  return new GraphQLError(error.message, { nodes: error.nodes, extensions: { code } });
}

/**
 * GraphQL over WebSocket (graphql-ws) on the HTTP server's `/graphql`: same schema, same token,
 * same limits. A connection signs in once (connectionParams) and is closed with 4403 when its token
 * is not valid, when its session ends (sign-out everywhere, suspension, deletion: on any instance)
 * or when the token expires; every operation is checked again as an HTTP request would be:
 * trusted documents, token, depth/alias/directive limits, cost and the caller's budget.
 */
export function attachSubscriptions(
  httpServer: Server,
  deps: AppDeps,
  options: SubscriptionServerOptions,
): { close(): Promise<void> } {
  const { schema, limits, budgets, trusted, origins, clientIp } = options;
  const { env, logger } = deps;
  const expose = env.NODE_ENV === 'development';
  const production = env.NODE_ENV === 'production';
  const sessions = new SocketSessions(deps.realtime.bus, logger);
  const rules = [...specifiedRules, ...limitRules(limits)];
  const wss = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: MAX_MESSAGE_BYTES });

  const signIn = async (token: string): Promise<SignedIn | null> => {
    const loaders = createLoaders(deps.database.dataSource.manager, () => null);
    return viewerFromToken(deps, loaders, token, deps.clock());
  };

  const contextFor = (state: SocketState, signedIn: SignedIn): Context => {
    const db = deps.database.dataSource.manager;
    const requestId = randomUUID();
    return {
      requestId,
      deps,
      db,
      loaders: createLoaders(db, () => signedIn.viewer.id),
      viewer: signedIn.viewer,
      actor: {
        userId: signedIn.viewer.id,
        roles: signedIn.roles,
        now: deps.clock(),
        requestId,
        ip: state.ip,
        userAgent: state.userAgent,
      },
      session: { source: 'bearer', clearCookie: () => undefined },
      requestLog: {},
    };
  };

  const format = (error: GraphQLError): GraphQLFormattedError => {
    const formatted = formatError(error.toJSON(), error, expose);
    // As over HTTP in production: no "Did you mean …" describing the schema.
    return production ? { ...formatted, message: formatted.message.replace(/ Did you mean .*\?$/, '') } : formatted;
  };

  const disposable = useServer<Record<string, unknown>, { state: SocketState }>(
    {
      schema,
      onConnect: async (ctx) => {
        const { extra } = ctx;
        const token = connectionToken(ctx.connectionParams, extra.request, origins);
        const signedIn = token ? await signIn(token).catch(() => null) : null;
        if (!token || !signedIn) return false;
        extra.state = {
          token,
          userId: signedIn.viewer.id,
          ip: clientIp(extra.request),
          userAgent: extra.request.headers['user-agent'] ?? null,
        };
        const expiresAt = new Date(signedIn.claims.issuedAt.getTime() + TOKEN_TTL_SECONDS * 1000);
        await sessions.add(signedIn.viewer.id, extra.socket, expiresAt);
        return true;
      },
      onClose: (ctx) => {
        const { state, socket } = ctx.extra;
        if (state) sessions.remove(state.userId, socket);
      },
      onSubscribe: async (ctx, _id, payload): Promise<ExecutionArgs | readonly GraphQLError[]> => {
        const { state, socket } = ctx.extra;
        // Signed in at connect; roles and the session are read again for every operation.
        const signedIn = state ? await signIn(state.token) : null;
        if (!state || !signedIn) {
          socket.close(SESSION_CLOSED, 'Session ended');
          return [new UnauthenticatedError('The session has ended; sign in again')];
        }
        // The operation being subscribed is already listed in ctx.subscriptions.
        const running = Object.keys(ctx.subscriptions).length;
        if (running > MAX_OPERATIONS_PER_SOCKET) {
          return [
            new QueryTooComplexError(
              LimitReason.TOO_MANY_SUBSCRIPTIONS,
              `This connection runs ${MAX_OPERATIONS_PER_SOCKET} operations already; complete one first`,
              running,
              MAX_OPERATIONS_PER_SOCKET,
            ),
          ];
        }
        const sent = documentOf(trusted, payload);
        if (trusted.strict && !sent.registered && !isAdmin(signedIn.roles)) return [new DocumentNotTrustedError()];
        let document: DocumentNode;
        try {
          document = parse(sent.text, { maxTokens: limits.tokens });
        } catch (error) {
          if (!(error instanceof GraphQLError)) throw error;
          return [
            isTokenLimitMessage(error.message)
              ? tooManyTokens(sent.text, limits.tokens)
              : refusal(error, 'GRAPHQL_PARSE_FAILED'),
          ];
        }
        const invalid = validate(schema, document, rules);
        if (invalid.length > 0) return invalid.map((error) => refusal(error, 'GRAPHQL_VALIDATION_FAILED'));
        if (!getOperationAST(document, payload.operationName)) {
          return [
            new GraphQLError('Name the operation to run', { extensions: { code: 'OPERATION_RESOLUTION_FAILURE' } }),
          ];
        }
        const contextValue = contextFor(state, signedIn);
        const cost = operationCost(schema, document, payload.operationName, payload.variables ?? undefined) ?? 1;
        if (cost > limits.cost) return [tooCostly(cost, limits.cost)];
        const spent = await budgets.spend(contextValue.actor, cost);
        if (spent.retryAfter !== undefined) return [new RateLimitedError(LimitReason.BUDGET_SPENT, spent.retryAfter)];
        // One line per operation, shaped like an HTTP request's (request id, operation, user).
        logger.info(
          {
            reqId: contextValue.requestId,
            graphql: {
              operation: getOperationAST(document, payload.operationName)?.name?.value ?? null,
              userId: state.userId,
            },
          },
          'subscription started',
        );
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue,
        };
      },
      onError: (ctx, _id, payload, errors) => {
        const formatted = errors.map(format);
        const codes = formatted.map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
        const operation = payload.operationName || OPERATION_NAME.exec(payload.query ?? '')?.[1] || null;
        const graphql = { operation, userId: ctx.extra.state?.userId ?? null, errors: codes };
        logger.info({ graphql }, 'subscription refused');
        return formatted;
      },
      onNext: (_ctx, _id, _payload, args, result) => {
        const operation = getOperationAST(args.document, args.operationName);
        const field = operation?.operation === 'subscription' ? operation.selectionSet.selections[0] : undefined;
        if (field?.kind === Kind.FIELD) deps.metrics.subscriptions.events.inc({ field: field.name.value });
        if (!result.errors) return result;
        return { ...result, errors: result.errors.map(format) };
      },
    },
    wss,
  );
  wss.on('error', (err) => logger.warn({ err }, 'WebSocket server error'));

  return {
    close: async () => {
      await disposable.dispose();
    },
  };
}
