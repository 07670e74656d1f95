import { ApolloLink, HttpLink } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { print, type DocumentNode } from 'graphql';
import { createClient } from 'graphql-ws';

export interface AulaLinkOptions {
  /** The API, e.g. https://api.aula.dev/graphql. */
  uri: string;
  /** A bearer token (mobile apps); web apps send their cookie instead. */
  token?: () => string | null | undefined;
  /** Passed to HttpLink, e.g. a fetch for environments without one. */
  fetch?: typeof fetch;
  /** The WebSocket URL for subscriptions; `uri` with ws(s):// by default. */
  wsUri?: string;
  /** A WebSocket implementation where there is no global one (Node: the `ws` package). */
  webSocketImpl?: unknown;
}

const hex = (bytes: ArrayBuffer): string =>
  Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');

/**
 * The hash the server's trusted-documents manifest lists: codegen stamps it on every generated
 * document; a document written by hand gets the same SHA-256 of its printed text.
 */
async function documentHash(document: DocumentNode): Promise<string> {
  const stamped = (document as { __meta__?: { hash?: string } }).__meta__?.hash;
  if (stamped) return stamped.replace(/^sha256:/, '');
  return hex(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(print(document))));
}

/** Subscriptions over graphql-ws: the token in connectionParams (a web app's cookie goes with the upgrade). */
function subscriptionLink(options: AulaLinkOptions): ApolloLink {
  const client = createClient({
    url: options.wsUri ?? options.uri.replace(/^http/, 'ws'),
    webSocketImpl: options.webSocketImpl,
    connectionParams: () => {
      const token = options.token?.();
      return token ? { authorization: `Bearer ${token}` } : {};
    },
  });
  return new GraphQLWsLink(client);
}

const isSubscription = ({ query }: ApolloLink.Operation): boolean => {
  const definition = getMainDefinition(query);
  return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
};

/**
 * Sends registered operations by hash only (persisted documents), with the bearer token when one
 * is given; cookies go along for web apps on the configured origins. Subscriptions go over
 * WebSocket, opened on the first one.
 */
export function createAulaLink(options: AulaLinkOptions): ApolloLink {
  const auth = new ApolloLink((operation, forward) => {
    const token = options.token?.();
    if (token)
      operation.setContext(({ headers = {} }) => ({ headers: { ...headers, authorization: `Bearer ${token}` } }));
    return forward(operation);
  });
  const http = ApolloLink.from([
    auth,
    new PersistedQueryLink({ generateHash: documentHash }),
    new HttpLink({ uri: options.uri, credentials: 'include', fetch: options.fetch }),
  ]);
  return ApolloLink.split(isSubscription, subscriptionLink(options), http);
}
