import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { TestServer } from './server';
import { waitFor } from './wait';

export interface Received<T> {
  /** Each `next` payload's data, in arrival order. */
  data: T[];
  errors: unknown[];
  completed: boolean;
  stop(): void;
}

export interface Subscriber {
  client: Client;
  /** The close code and reason of the socket, once it closed. */
  closed: { code: number; reason: string } | null;
  subscribe<T>(query: string, variables?: Record<string, unknown>, extensions?: Record<string, unknown>): Received<T>;
  dispose(): Promise<void>;
}

/** A graphql-ws client of `server`'s /graphql, signed in with `token` in connectionParams; it never reconnects. */
export function subscriber(server: Pick<TestServer, 'url'>, token?: string): Subscriber {
  const state: Subscriber = {
    closed: null,
    client: createClient({
      url: `${server.url.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: token ? { authorization: `Bearer ${token}` } : {},
      retryAttempts: 0,
      lazy: true,
      on: {
        closed: (event) => {
          const { code, reason } = event as { code: number; reason: string };
          state.closed = { code, reason: String(reason) };
        },
      },
    }),
    subscribe<T>(
      query: string,
      variables: Record<string, unknown> = {},
      extensions?: Record<string, unknown>,
    ): Received<T> {
      const received: Received<T> = { data: [], errors: [], completed: false, stop: () => undefined };
      received.stop = state.client.subscribe<T>(
        { query, variables, ...(extensions ? { extensions } : {}) },
        {
          next: (result) => {
            if (result.data) received.data.push(result.data as T);
            if (result.errors) received.errors.push(...result.errors);
          },
          // A refused operation's error message carries a list of GraphQL errors.
          error: (error) => received.errors.push(...(Array.isArray(error) ? error : [error])),
          complete: () => {
            received.completed = true;
          },
        },
      );
      return received;
    },
    dispose: () => state.client.dispose() as Promise<void>,
  };
  return state;
}

/** How many subscriptions `server` has listening (its aula_subscriptions_active gauge). */
export async function activeSubscriptions(server: Pick<TestServer, 'deps'>): Promise<number> {
  return (await server.deps.metrics.subscriptions.active.get()).values[0]?.value ?? 0;
}

/** Waits until `server` has at least `count` subscriptions listening. */
export async function listening(server: Pick<TestServer, 'deps'>, count: number): Promise<void> {
  await waitFor(async () => (await activeSubscriptions(server)) >= count);
}
