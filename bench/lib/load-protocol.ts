import type { BenchRequest } from './graphql';

/** What the bench sends the load generator: where, how hard, how long, and each connection's cycle. */
export interface LoadConfig {
  type: 'config';
  url: string;
  connections: number;
  warmupSeconds: number;
  durationSeconds: number;
  uniqueIds: boolean;
  /** Connection i repeats slots[i]. */
  slots: BenchRequest[][];
}

/** Figures of one measured run, as the load generator saw them. */
export interface LoadResult {
  /** Completed requests (every response, whatever its status). */
  requests: number;
  seconds: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  /** Socket errors, timeouts included. */
  socketErrors: number;
  timeouts: number;
  /** 2xx responses carrying GraphQL `errors`. */
  graphqlErrors: number;
  /** The first problem seen, to print under the table. */
  firstProblem: string | null;
}

/** Load generator → bench. */
export type LoadMessage = { type: 'warmed'; firstProblem: string | null } | { type: 'result'; result: LoadResult };

/** Bench → load generator, after 'warmed': start the measured run. */
export interface GoMessage {
  type: 'go';
}
