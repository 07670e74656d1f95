/**
 * npm run bench -- [--scenario Q1,Q2] [--duration 10] [--connections 20] [--first 50]
 *                  [--warmup 3] [--samples 10] [--skip-build]
 *
 * Builds the app, starts the compiled server in production mode on DATABASE_URL (seeded with
 * npm run seed:bench), drives each scenario from a separate load-generator process, and prints
 * one row per scenario (see bench/README.md for the columns).
 */
import { Client } from 'pg';
import { intFlag, parseFlags, rejectUnknown, runMain, SetupError } from './lib/args';
import { build, loadCompiledApp } from './lib/compiled-app';
import { datasetCounts, environmentLine } from './lib/environment';
import { loadFixtures, type BenchUser } from './lib/fixtures';
import { measureScenario, type RunSettings, type ScenarioResult } from './lib/measure';
import { buildScenarios, parseScenarioNames } from './lib/scenarios';
import { startServer } from './lib/server';
import { statementCounter } from './lib/statements';
import { resultNotes, resultTable } from './lib/table';

const FLAGS = ['scenario', 'duration', 'connections', 'first', 'warmup', 'samples', 'skip-build'];

const say = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

async function connect(url: string): Promise<Client> {
  const db = new Client({ connectionString: url });
  try {
    await db.connect();
  } catch (error) {
    throw new SetupError(`Cannot connect to DATABASE_URL: ${error instanceof Error ? error.message : String(error)}`);
  }
  return db;
}

async function main(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2));
  rejectUnknown(flags, FLAGS);
  const names = parseScenarioNames(flags.get('scenario'));
  const settings: RunSettings = {
    durationSeconds: intFlag(flags, 'duration', 10, 1, 3600),
    connections: intFlag(flags, 'connections', 20, 1, 1000),
    warmupSeconds: intFlag(flags, 'warmup', 3, 0, 600),
    samples: intFlag(flags, 'samples', 10, 1, 1000),
  };
  const first = flags.has('first') ? intFlag(flags, 'first', 0, 1, 100) : undefined;
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new SetupError(
      'DATABASE_URL is not set: the bench runs on real PostgreSQL seeded with npm run seed:bench, e.g.\n' +
        '  DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_local npm run bench',
    );
  }

  const db = await connect(url);
  try {
    const counts = await datasetCounts(db);
    const fixtures = await loadFixtures(db);
    say(await environmentLine(db, counts));
    say(
      `duration ${settings.durationSeconds} s, ${settings.connections} connections, warm-up ${settings.warmupSeconds} s, ` +
        `SQL counted over ${settings.samples} sequential requests${first ? `, page size ${first}` : ''}`,
    );
    const counter = await statementCounter(db);
    if (!counter.available) say(`SQL/req is n/a: ${counter.reason}`);

    if (!flags.has('skip-build')) build();
    const app = loadCompiledApp();
    const server = await startServer(url);
    try {
      const token = (user: BenchUser): string => app.issueToken(user, server.jwtSecret);
      const scenarios = await buildScenarios(
        { db, url: server.url, fixtures, token, globalId: app.toGlobalId, first, slots: settings.connections + 1 },
        names,
      );
      const results: ScenarioResult[] = [];
      for (const scenario of scenarios) {
        process.stderr.write(`${scenario.name}… `);
        results.push(await measureScenario(scenario, server, counter, settings));
      }
      process.stderr.write('\n');
      say(resultTable(results));
      say(resultNotes(results));
      if (results.some((r) => r.errors > 0)) process.exitCode = 1;
    } finally {
      await server.stop();
    }
  } finally {
    await db.end();
  }
}

runMain(main);
