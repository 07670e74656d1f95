import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { track } from './children';
import { send } from './graphql';
import type { LoadConfig, LoadMessage, LoadResult } from './load-protocol';
import { cpuMs, peakRssMb, waitUntilIdle } from './proc';
import type { Scenario } from './scenarios';
import { ROOT, type BenchServer } from './server';
import type { StatementCounter } from './statements';

export interface RunSettings {
  connections: number;
  warmupSeconds: number;
  durationSeconds: number;
  /** Sequential requests whose SQL statements are counted (rounded up to whole cycles). */
  samples: number;
}

export interface ScenarioResult {
  name: string;
  summary: string;
  load: LoadResult;
  /** non-2xx + GraphQL errors + socket errors and timeouts. */
  errors: number;
  statementsPerRequest: number | null;
  cpuMsPerRequest: number | null;
  peakRssMb: number | null;
  /** The first problem of the measured run, else of the warm-up, else of the SQL sample, naming the phase. */
  firstProblem: string | null;
}

function startLoadGenerator(): ChildProcess {
  const child = fork(join(__dirname, 'load-child.ts'), [], {
    cwd: ROOT,
    execArgv: ['--require', 'ts-node/register'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  track(child);
  return child;
}

/** The next message of `type` from the load generator; rejects if it exits first. */
function expect<T extends LoadMessage['type']>(
  child: ChildProcess,
  type: T,
): Promise<Extract<LoadMessage, { type: T }>> {
  return new Promise((resolve, reject) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      return reject(new Error(`the load generator has exited (code ${child.exitCode ?? child.signalCode})`));
    }
    const onMessage = (message: LoadMessage): void => {
      if (message.type !== type) return;
      cleanup();
      resolve(message as Extract<LoadMessage, { type: T }>);
    };
    const onExit = (code: number | null): void => {
      cleanup();
      reject(new Error(`the load generator exited (code ${code}) before sending "${type}"`));
    };
    const cleanup = (): void => {
      child.off('message', onMessage);
      child.off('exit', onExit);
    };
    child.on('message', onMessage);
    child.on('exit', onExit);
  });
}

/**
 * Counts SQL statements per request over `samples` sequential requests of the spare slot (the one
 * no load connection uses), in whole cycles so that a write cycle ends where it began.
 */
async function sampleStatements(
  scenario: Scenario,
  server: BenchServer,
  counter: StatementCounter,
  samples: number,
): Promise<{ perRequest: number | null; firstProblem: string | null }> {
  const cycle = scenario.slots[scenario.slots.length - 1];
  const total = Math.ceil(samples / cycle.length) * cycle.length;
  let firstProblem: string | null = null;
  const runSamples = async (): Promise<void> => {
    for (let i = 0; i < total; i++) {
      const problem = await send(server.url, cycle[i % cycle.length], `sample-${Date.now()}-${i}`);
      firstProblem ??= problem;
    }
  };
  if (!counter.available) {
    await runSamples();
    return { perRequest: null, firstProblem };
  }
  const calls = await counter.count(runSamples);
  return { perRequest: calls / total, firstProblem };
}

const firstOf = (problems: Array<[phase: string, problem: string | null]>): string | null => {
  const found = problems.find(([, problem]) => problem !== null);
  return found ? `${found[1]} (${found[0]})` : null;
};

/**
 * One scenario: warm-up (load generator), statement sampling (sequential, from here), then the
 * measured run, with the server's CPU time read from /proc just before and just after it.
 */
export async function measureScenario(
  scenario: Scenario,
  server: BenchServer,
  counter: StatementCounter,
  settings: RunSettings,
): Promise<ScenarioResult> {
  await waitUntilIdle(server.pid);
  await scenario.reset?.();
  const child = startLoadGenerator();
  try {
    const config: LoadConfig = {
      type: 'config',
      url: server.url,
      connections: settings.connections,
      warmupSeconds: settings.warmupSeconds,
      durationSeconds: settings.durationSeconds,
      uniqueIds: scenario.uniqueIds,
      slots: scenario.slots.slice(0, settings.connections),
    };
    const warmed = expect(child, 'warmed');
    child.send(config);
    const { firstProblem: warmupProblem } = await warmed;
    await waitUntilIdle(server.pid);
    await scenario.reset?.();
    const sampled = await sampleStatements(scenario, server, counter, settings.samples);
    const cpuBefore = cpuMs(server.pid);
    const done = expect(child, 'result');
    child.send({ type: 'go' });
    const { result } = await done;
    const cpuAfter = cpuMs(server.pid);
    if (server.exitCode() !== undefined) {
      throw new Error(`the server exited (code ${server.exitCode()}) during ${scenario.name}:\n${server.output()}`);
    }
    return {
      name: scenario.name,
      summary: scenario.summary,
      load: result,
      errors: result.non2xx + result.graphqlErrors + result.socketErrors,
      statementsPerRequest: sampled.perRequest,
      cpuMsPerRequest:
        cpuBefore !== null && cpuAfter !== null && result.requests > 0
          ? (cpuAfter - cpuBefore) / result.requests
          : null,
      peakRssMb: peakRssMb(server.pid),
      firstProblem: firstOf([
        ['run', result.firstProblem],
        ['warm-up', warmupProblem],
        ['SQL sample', sampled.firstProblem],
      ]),
    };
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
    await waitUntilIdle(server.pid);
    await scenario.reset?.();
  }
}
