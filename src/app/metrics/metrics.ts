import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Logger } from 'pino';
import type { Database } from '../../db/data-source';
import { databaseMetrics } from './database-metrics';

/** Seconds; from a cached read (a few ms) to the slowest answers worth telling apart. */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** Cost points (see README "Query limits and cost"); QUERY_MAX_COST defaults to 10 000. */
const COST_BUCKETS = [1, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10_000, 50_000];

/** The GraphQL families, recorded by GraphQLMetrics (graphql-metrics.ts). */
export interface GraphQLMetricFamilies {
  requests: Counter<'operation' | 'type'>;
  duration: Histogram<'operation' | 'type'>;
  errors: Counter<'code' | 'reason'>;
  cost: Histogram<'operation'>;
}

/**
 * This instance's metrics: one registry per application (tests run several servers in one
 * process), with typed handles on the families code records. To add one: a field here, created in
 * createMetrics with `registers` (never prom-client's global registry).
 */
export interface AppMetrics {
  registry: Registry;
  graphql: GraphQLMetricFamilies;
  /** For the WebSocket server: `active` up on subscribe, down on complete; `events.inc({ field })` per event sent. */
  subscriptions: {
    active: Gauge;
    events: Counter<'field'>;
  };
  /** E-mails by kind and outcome: sent, logged (no SMTP_URL), disabled, skipped_opt_out, skipped_inactive, failed. */
  mail: Counter<'kind' | 'outcome'>;
  /** Everything in Prometheus text format: this instance's families and the process's. */
  scrape(): Promise<string>;
  /** The Content-Type of `scrape()`'s text. */
  contentType: string;
}

let processRegistry: Registry | undefined;

/**
 * Process metrics (CPU, memory, event loop, GC) in a registry of their own, made once per process:
 * every collectDefaultMetrics call starts a GC observer and an event-loop monitor it never stops,
 * and these numbers are the process's, whichever server instance is scraped.
 */
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

/** Creates the registry and every family of one application instance. */
export function createMetrics(database: Database, logger: Logger): AppMetrics {
  const registry = new Registry();
  const registers = [registry];
  const graphql: GraphQLMetricFamilies = {
    requests: new Counter({
      name: 'aula_graphql_requests_total',
      help: 'GraphQL operations answered, by operation name (registered ones, a capped number of others, then "other") and type.',
      labelNames: ['operation', 'type'],
      registers,
    }),
    duration: new Histogram({
      name: 'aula_graphql_request_duration_seconds',
      help: 'Time from receiving a GraphQL operation to sending its answer, by operation name and type.',
      labelNames: ['operation', 'type'],
      buckets: DURATION_BUCKETS,
      registers,
    }),
    errors: new Counter({
      name: 'aula_graphql_errors_total',
      help: 'Errors in GraphQL answers, by extensions.code and extensions.reason.',
      labelNames: ['code', 'reason'],
      registers,
    }),
    cost: new Histogram({
      name: 'aula_graphql_query_cost',
      help: 'Cost of each GraphQL operation as the query limits compute it, refused ones included, by operation name.',
      labelNames: ['operation'],
      buckets: COST_BUCKETS,
      registers,
    }),
  };
  const subscriptions = {
    active: new Gauge({ name: 'aula_subscriptions_active', help: 'GraphQL subscriptions open now.', registers }),
    events: new Counter({
      name: 'aula_subscription_events_total',
      help: 'Events sent to subscribers, by subscription field.',
      labelNames: ['field'],
      registers,
    }),
  };
  const mail = new Counter({
    name: 'aula_mail_sent_total',
    help: 'E-mails handled by this instance, by kind and outcome (sent, logged, disabled, skipped_opt_out, skipped_inactive, failed: one per failed attempt).',
    labelNames: ['kind', 'outcome'],
    registers,
  });
  databaseMetrics(registry, database, logger);
  return {
    registry,
    graphql,
    subscriptions,
    mail,
    contentType: registry.contentType,
    scrape: () => Registry.merge([processMetrics(), registry]).metrics(),
  };
}
