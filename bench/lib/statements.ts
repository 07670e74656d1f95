import type { Client } from 'pg';

export type StatementCounter =
  { available: true; count(run: () => Promise<void>): Promise<number> } | { available: false; reason: string };

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Counts the SQL statements the server runs, through pg_stat_statements (BEGIN and COMMIT
 * included, as the server sends them). `count` resets the statistics of this database only, runs
 * the requests, and sums the calls recorded since, leaving out this counter's own queries.
 */
export async function statementCounter(client: Client): Promise<StatementCounter> {
  try {
    await client.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
    await client.query('SELECT 1 FROM pg_stat_statements LIMIT 1');
  } catch (error) {
    return { available: false, reason: `pg_stat_statements is not usable here: ${message(error)}` };
  }
  const {
    rows: [{ oid }],
  } = await client.query<{ oid: number }>('SELECT oid FROM pg_database WHERE datname = current_database()');
  return {
    available: true,
    count: async (run) => {
      await client.query('SELECT pg_stat_statements_reset(0, $1::oid, 0)', [oid]);
      await run();
      // Statistics are recorded as each statement finishes; the last response may leave slightly earlier.
      await new Promise((resolve) => setTimeout(resolve, 200));
      const {
        rows: [{ calls }],
      } = await client.query<{ calls: string }>(
        `SELECT coalesce(sum(calls), 0) AS calls FROM pg_stat_statements
         WHERE dbid = $1 AND query NOT LIKE '%pg_stat_statements%'`,
        [oid],
      );
      return Number(calls);
    },
  };
}
