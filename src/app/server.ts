import { randomUUID } from 'node:crypto';
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import compression from 'compression';
import express from 'express';
import helmet from 'helmet';
import proxyaddr from 'proxy-addr';
import { pinoHttp } from 'pino-http';
import { oauthRoutes } from '../auth/oauth.routes';
import { mailRoutes } from '../modules/mail/unsubscribe.routes';
import { scheduleProfileReminders } from '../modules/mail/profile-reminder';
import { icsFeedRoutes } from '../modules/ics-feed/ics-feed.routes';
import { ServiceUnavailableError } from '../errors/app-error';
import { isDatabaseUnavailable } from '../errors/db-errors';
import { createContext, type Context } from './context';
import { corsMiddleware, webOrigins } from './cors';
import type { AppDeps } from './deps';
import { formatError, unavailableStatusPlugin } from './errors';
import { errorLoggingPlugin, requestLogPlugin } from './request-logging';
import { compiledExecution } from './executor';
import { closeWhileDraining, drainHttp, type Serving } from './drain';
import { fairQueue } from './fair-queue';
import { healthRoutes } from './health';
import { adminIntrospectionPlugin } from './introspection';
import { jsonErrors } from './http-errors';
import { landingPagePlugin } from './landing-page';
import { withoutQuerySecrets } from './logger';
import { createSchema } from './schema';
import { limitsPlugin } from './limits/limits.plugin';
import { GraphQLMetrics } from './metrics/graphql-metrics';
import { metricsRoutes } from './metrics/metrics.routes';
import { limitRules, queryLimits } from './limits/query-limits';
import { CostBudgets } from './limits/rate-limit';
import { closeRedis, redisReady } from './redis';
import { attachSubscriptions } from './realtime/ws-server';
import { persistedDocuments, untrustedDocument } from './persisted-documents';
import { loadTrustedDocuments, type TrustedDocuments } from './trusted-documents';

/** What a shutdown keeps of SHUTDOWN_TIMEOUT_MS for closing the database after the last request. */
const SHUTDOWN_MARGIN_MS = 1000;

/** Requests the embedded database serves at once; the others wait in line, first come first served. */
const EMBEDDED_CONCURRENCY = 4;

/** How long a start waits for Redis before going on without it. */
const REDIS_START_WAIT_MS = 3000;

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Connections the kernel queues before the server accepts them (it caps this at net.core.somaxconn). */
const LISTEN_BACKLOG = 4096;

export interface RunningServer {
  url: string;
  port: number;
  httpServer: Server;
  /** Stops accepting connections, drains in-flight requests, then resolves. */
  stop(): Promise<void>;
}

/** What main.ts prepares before the server starts; tests and other callers may leave it out. */
export interface ServerOptions {
  /** The registered documents; read from TRUSTED_DOCUMENTS_FILE when not given. */
  trustedDocuments?: TrustedDocuments;
  /** A token the development Sandbox sends as `Authorization: Bearer` (main.ts's dev token). */
  sandboxToken?: string;
}

/** Gives each request an id (the caller's `x-request-id` when it is a sane one) and answers with it. */
function requestIds(req: express.Request, res: express.Response, next: express.NextFunction): void {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
  req.id = id;
  res.setHeader('x-request-id', id);
  next();
}

/** Wires Express, Apollo and the health routes; does not listen. */
export async function createServer(
  deps: AppDeps,
  options: ServerOptions = {},
): Promise<{
  app: express.Express;
  httpServer: Server;
  apollo: ApolloServer<Context>;
  serving: Serving;
  subscriptions: { close(): Promise<void> };
}> {
  const { env, logger } = deps;
  const app = express();
  // Answers are POSTed GraphQL results, which no cache keeps: hashing each body for an ETag would only cost time.
  app.set('etag', false);
  app.set('trust proxy', env.TRUST_PROXY);
  app.disable('x-powered-by');
  const serving: Serving = { draining: false };
  app.use(closeWhileDraining(serving));
  // Security headers on every answer. No Content-Security-Policy: the Sandbox landing page loads
  // its scripts from Apollo's CDN, and a JSON API has no markup of its own to protect.
  app.use(helmet({ contentSecurityPolicy: false, crossOriginEmbedderPolicy: false }));
  app.use(corsMiddleware(env));
  app.use(compression());
  const httpServer = createHttpServer(app);
  const schema = await createSchema(env);
  const expose = env.NODE_ENV === 'development';
  const limits = queryLimits(env);
  const trusted = options.trustedDocuments ?? loadTrustedDocuments(env, logger);
  const budgets = new CostBudgets(env, deps.redis);
  const graphqlMetrics = new GraphQLMetrics(deps.metrics.graphql, trusted);
  const apollo = new ApolloServer<Context>({
    gateway: compiledExecution(schema),
    // Parsing stops at the token limit, so an oversized document costs next to nothing to refuse.
    parseOptions: { maxTokens: limits.tokens },
    validationRules: limitRules(limits),
    // In production the schema is open to admins only (adminIntrospectionPlugin).
    introspection: true,
    // "Did you mean …" suggestions would describe the schema to anyone in production.
    hideSchemaDetailsFromClientErrors: env.NODE_ENV === 'production',
    includeStacktraceInErrorResponses: expose,
    formatError: (formatted, error) => formatError(formatted, error, expose),
    plugins: [
      errorLoggingPlugin(logger),
      requestLogPlugin(),
      graphqlMetrics.plugin(),
      unavailableStatusPlugin(),
      limitsPlugin(schema, limits, budgets, graphqlMetrics.observeCost),
      ...(env.NODE_ENV === 'production' ? [adminIntrospectionPlugin()] : []),
      landingPagePlugin(env, options.sandboxToken),
      // No cache hints in the schema: its per-field wrapper would only cost time on every field.
      ApolloServerPluginCacheControlDisabled(),
    ],
    // main.ts owns SIGTERM/SIGINT: drain HTTP, then close the database.
    stopOnTerminationSignals: false,
    logger,
  });
  await apollo.start();
  // The upgrade request's address through the same trusted proxies as Express's req.ip.
  const trustProxy = app.get('trust proxy fn') as (address: string, hop: number) => boolean;
  const subscriptions = attachSubscriptions(httpServer, deps, {
    schema,
    limits,
    budgets,
    trusted,
    origins: webOrigins(env),
    clientIp: (request) => proxyaddr(request, trustProxy),
  });

  app.use(requestIds);
  // One line per answered request at info; below that level nothing would be written, so nothing is hooked.
  if (logger.isLevelEnabled('info')) {
    app.use(
      pinoHttp({
        logger,
        genReqId: (req) => req.id,
        // Probes and scrapes come every few seconds: a line each would bury the requests worth reading.
        autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/readyz' || req.url === '/metrics' },
        serializers: { req: withoutQuerySecrets },
        customProps: (_req, res) => ({ graphql: (res as express.Response).locals?.graphql }),
      }),
    );
  }
  app.use(
    '/graphql',
    ...(deps.database.embedded ? [fairQueue(EMBEDDED_CONCURRENCY)] : []),
    express.json({ limit: '100kb' }),
    persistedDocuments(trusted),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        let context: Context;
        try {
          context = await createContext(deps, req, String(req.id), res);
        } catch (error) {
          // The session check could not reach the database: a 503 to retry, not a fault of ours.
          throw isDatabaseUnavailable(error) ? new ServiceUnavailableError() : error;
        }
        // Refused here, before Apollo parses anything: a plugin hook that early cannot refuse (a throw is a 500).
        const refusal = untrustedDocument(trusted, req, context.actor.roles);
        if (refusal) {
          // No plugin sees this request: its log line learns the user and the refusal here.
          Object.assign(context.requestLog, { userId: context.actor.userId, errors: [refusal.code] });
          throw refusal;
        }
        return context;
      },
    }),
  );
  // After /graphql, so that API requests do not walk these routers first.
  app.use(healthRoutes(deps.database, serving));
  app.use(metricsRoutes(env, deps.metrics));
  // OAuth callbacks go to PUBLIC_URL, else to this server on localhost (read once listening, so port 0 works).
  const publicUrl = (): string => env.PUBLIC_URL ?? `http://localhost:${(httpServer.address() as AddressInfo).port}`;
  app.use(oauthRoutes(deps, publicUrl));
  // Links in e-mails (unsubscribe) point at the same base URL.
  deps.mail.setPublicUrl(publicUrl);
  app.use(mailRoutes(deps));
  // Calendar apps fetch GET /calendar/<token>.ics with the secret token as their only credential.
  app.use(icsFeedRoutes(deps));
  app.use(jsonErrors(logger));
  return { app, httpServer, apollo, serving, subscriptions };
}

/** Starts listening; port 0 picks a free port. */
export async function startServer(
  deps: AppDeps,
  port: number,
  host: string,
  options: ServerOptions = {},
): Promise<RunningServer> {
  const { httpServer, apollo, serving, subscriptions } = await createServer(deps, options);
  // Budgets spent before Redis answers would be this instance's alone; a Redis that is down does not hold up the start.
  if (deps.redis && !(await redisReady(deps.redis, REDIS_START_WAIT_MS))) {
    deps.logger.warn('Redis did not answer at start; cost budgets are kept in this process until it does');
  }
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    // A deep accept queue: when an instance stops, its WebSocket clients reconnect to the others all at once.
    httpServer.listen({ port, host, backlog: LISTEN_BACKLOG }, () => resolve());
  });
  deps.outbox.start();
  const reminders = scheduleProfileReminders(deps);
  const address = httpServer.address() as AddressInfo;
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  return {
    url: `http://${shownHost}:${address.port}`,
    port: address.port,
    httpServer,
    // /readyz turns 503 at once; sockets are closed (going away: clients reconnect to another
    // instance), every request taken in is answered, then the sweep and Redis end.
    stop: async () => {
      serving.draining = true;
      await subscriptions.close();
      await drainHttp(httpServer, deps.env.SHUTDOWN_TIMEOUT_MS - SHUTDOWN_MARGIN_MS);
      await apollo.stop();
      await deps.outbox.stop();
      await reminders.stop();
      deps.mail.close();
      deps.realtime.close();
      await closeRedis(deps.redis);
    },
  };
}
