import type { FieldPolicy, StoreObject, StoreValue } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

type KeyArgs = Parameters<typeof relayStylePagination>[0];

type Edge = StoreObject & { cursor?: string };
interface Connection {
  __typename?: string;
  edges?: Edge[];
  nodes?: StoreValue[];
  [field: string]: unknown;
}

/**
 * Relay-style pagination for an Aula connection, whichever of its two shapes a query selects:
 * pages asked with the `nodes` shortcut are stored as edges, and every read answers both `edges`
 * and `nodes` from the one merged list. With plain `relayStylePagination` a screen reading
 * `nodes` sees only the last page fetched once another screen has paged the same list with edges.
 */
export function connectionPagination(keyArgs: KeyArgs = false): FieldPolicy<Connection> {
  const relay = relayStylePagination(keyArgs) as FieldPolicy<Connection>;
  const merge = relay.merge as Exclude<FieldPolicy<Connection>['merge'], boolean | undefined>;
  const read = relay.read!;
  return {
    keyArgs,
    merge(existing, incoming, options) {
      const { nodes, ...rest } = incoming;
      const edgeType = incoming.__typename?.replace(/Connection$/, 'Edge');
      const edges = rest.edges ?? nodes?.map((node) => ({ __typename: edgeType, node }));
      return merge(existing, { ...rest, edges }, options);
    },
    read(existing, options) {
      const connection = read(existing, options) as Connection | undefined;
      if (!connection?.edges) return connection;
      return { ...connection, nodes: connection.edges.map((edge) => options.readField('node', edge)) };
    },
  };
}
