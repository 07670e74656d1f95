import type { ScenarioResult } from './measure';

const COLUMNS = ['scenario', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'SQL/req', 'CPU ms/req', 'peak RSS MB'];

const fixed = (value: number | null, digits: number): string => (value === null ? 'n/a' : value.toFixed(digits));

function cells(r: ScenarioResult): string[] {
  const rps = r.load.seconds > 0 ? r.load.requests / r.load.seconds : 0;
  return [
    r.name,
    rps.toFixed(1),
    String(r.load.p50Ms),
    String(r.load.p99Ms),
    String(r.errors),
    fixed(r.statementsPerRequest, 1),
    fixed(r.cpuMsPerRequest, 2),
    fixed(r.peakRssMb, 0),
  ];
}

/** A Markdown table (readable as is in a terminal, and pasteable into bench/README.md). */
export function resultTable(results: ScenarioResult[]): string {
  const rows = [COLUMNS, ...results.map(cells)];
  const widths = COLUMNS.map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  const line = (row: string[]): string =>
    `| ${row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(rows[0]), rule, ...rows.slice(1).map(line)].join('\n');
}

/** What each scenario ran, and the first problem of those that had errors. */
export function resultNotes(results: ScenarioResult[]): string {
  const notes = results.map((r) => `${r.name}: ${r.summary}`);
  for (const r of results) {
    if (r.firstProblem) notes.push(`${r.name} first error: ${r.firstProblem}`);
    if (r.load.timeouts > 0) notes.push(`${r.name}: ${r.load.timeouts} timeouts`);
  }
  return notes.join('\n');
}
