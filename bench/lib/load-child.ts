/**
 * The load generator, a separate process so that its CPU never counts as the server's and its
 * event loop never competes with the bench's bookkeeping. Protocol (IPC): receives a LoadConfig,
 * warms up, answers 'warmed', waits for 'go', runs the measured load, answers 'result', exits.
 */
import autocannon from 'autocannon';
import type { BenchRequest } from './graphql';
import { headers, responseProblem } from './graphql';
import type { GoMessage, LoadConfig, LoadMessage, LoadResult } from './load-protocol';

function tell(message: LoadMessage): Promise<void> {
  return new Promise((resolve, reject) => {
    if (!process.send) return reject(new Error('load-child must be started with an IPC channel'));
    process.send(message, (error: Error | null) => (error ? reject(error) : resolve()));
  });
}

function nextMessage<T>(type: string): Promise<T> {
  return new Promise((resolve) => {
    const onMessage = (message: { type?: string }): void => {
      if (message.type !== type) return;
      process.off('message', onMessage);
      resolve(message as T);
    };
    process.on('message', onMessage);
  });
}

/** One autocannon run; each connection gets its own slot's cycle. */
async function run(config: LoadConfig, seconds: number): Promise<LoadResult> {
  let graphqlErrors = 0;
  let firstProblem: string | null = null;
  const onResponse = (status: number, body: string): void => {
    const problem = responseProblem(status, body);
    if (problem === null) return;
    if (status >= 200 && status < 300) graphqlErrors++;
    firstProblem ??= problem;
  };
  const cycle = (requests: BenchRequest[]): autocannon.Request[] =>
    requests.map((r) => ({ method: 'POST', path: '/graphql', headers: headers(r.token), body: r.body, onResponse }));
  let nextSlot = 0;
  const result = await autocannon({
    url: config.url,
    connections: config.connections,
    duration: seconds,
    requests: cycle(config.slots[0]),
    idReplacement: config.uniqueIds,
    setupClient: (client) => client.setRequests(cycle(config.slots[nextSlot++ % config.slots.length])),
  });
  return {
    requests: result.requests.total,
    seconds: result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    socketErrors: result.errors,
    timeouts: result.timeouts,
    graphqlErrors,
    firstProblem,
  };
}

async function main(): Promise<void> {
  const config = await nextMessage<LoadConfig>('config');
  const warm = config.warmupSeconds > 0 ? await run(config, config.warmupSeconds) : null;
  const go = nextMessage<GoMessage>('go');
  await tell({ type: 'warmed', firstProblem: warm?.firstProblem ?? null });
  await go;
  await tell({ type: 'result', result: await run(config, config.durationSeconds) });
  process.disconnect();
}

main().catch((error: unknown) => {
  process.stderr.write(`load generator: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
