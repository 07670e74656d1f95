import { performance } from 'node:perf_hooks';
import type { ApolloServerPlugin } from '@apollo/server';
import { getOperationAST, GraphQLError, Kind, parse, type DefinitionNode, type GraphQLFormattedError } from 'graphql';
import type { Context } from '../context';
import type { TrustedDocuments } from '../trusted-documents';
import type { GraphQLMetricFamilies } from './metrics';

/** Operation names outside the manifest that get a label of their own; later ones count as `other`. */
const MAX_UNREGISTERED_NAMES = 50;

const NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;
const CODE = /^[A-Z][A-Z0-9_]{0,63}$/;

/** The operation names of the registered documents. */
function registeredNames(trusted: TrustedDocuments): Set<string> {
  const names = new Set<string>();
  for (const text of trusted.texts()) {
    let definitions: readonly DefinitionNode[];
    try {
      definitions = parse(text).definitions;
    } catch {
      // Not GraphQL: executing it fails too, so it names no operation worth a label.
      continue;
    }
    for (const definition of definitions) {
      if (definition.kind === Kind.OPERATION_DEFINITION && definition.name) names.add(definition.name.value);
    }
  }
  return names;
}

/** An error's code and reason as labels; anything that is not one of our upper-case codes is `OTHER`. */
function errorLabels(extensions: Readonly<Record<string, unknown>> | undefined): { code: string; reason: string } {
  const label = (value: unknown, missing: string): string =>
    value === undefined ? missing : typeof value === 'string' && CODE.test(value) ? value : 'OTHER';
  return { code: label(extensions?.code, 'NONE'), reason: label(extensions?.reason, 'NONE') };
}

/**
 * Records every GraphQL operation: count and latency by operation name and type, the errors of its
 * answer by code and reason, its cost (from the limits plugin). Operation names come from clients,
 * so labels are bounded: the manifest's names, the first MAX_UNREGISTERED_NAMES others, then `other`
 * (`anonymous` for an unnamed operation).
 */
export class GraphQLMetrics {
  private readonly registered: Set<string>;
  private readonly unregistered = new Set<string>();

  constructor(
    private readonly families: GraphQLMetricFamilies,
    trusted: TrustedDocuments,
  ) {
    this.registered = registeredNames(trusted);
  }

  /** The label of an operation name. */
  operationLabel(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (this.registered.has(name) || this.unregistered.has(name)) return name;
    if (this.unregistered.size >= MAX_UNREGISTERED_NAMES || !NAME.test(name)) return 'other';
    this.unregistered.add(name);
    return name;
  }

  /** For limitsPlugin: the cost of an operation, recorded whether or not it was refused. */
  readonly observeCost = (cost: number, operationName: string | null): void => {
    this.families.cost.observe({ operation: this.operationLabel(operationName) }, cost);
  };

  private countErrors(errors: readonly Pick<GraphQLFormattedError, 'extensions'>[]): void {
    for (const error of errors) this.families.errors.inc(errorLabels(error.extensions));
  }

  /** The Apollo plugin that records requests, latency and errors. */
  plugin(): ApolloServerPlugin<Context> {
    return {
      requestDidStart: async ({ request }) => {
        const started = performance.now();
        return {
          willSendResponse: async ({ document, operation, operationName, response }) => {
            // A document that failed validation was parsed but not resolved: its name is still in it.
            const name = operationName ?? (document && getOperationAST(document, request.operationName)?.name?.value);
            const labels = {
              operation: this.operationLabel(name ?? request.operationName),
              type: operation?.operation ?? 'unknown',
            };
            this.families.requests.inc(labels);
            this.families.duration.observe(labels, (performance.now() - started) / 1000);
            if (response.body.kind === 'single') this.countErrors(response.body.singleResult.errors ?? []);
          },
        };
      },
      // A refusal while building the context (an untrusted document, the database away) runs no request hooks.
      contextCreationDidFail: async ({ error }) => {
        // Anything but a GraphQLError is answered as INTERNAL_SERVER_ERROR (formatError).
        this.countErrors([
          { extensions: error instanceof GraphQLError ? error.extensions : { code: 'INTERNAL_SERVER_ERROR' } },
        ]);
      },
    };
  }
}
