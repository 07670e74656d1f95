import { AbstractLogger, type LogLevel, type LogMessage } from 'typeorm';

/** Counts the SQL statements a data source runs (for batching tests); keeps them when `recording`. */
export class QueryCounter extends AbstractLogger {
  count = 0;
  recording = false;
  readonly statements: Array<{ sql: string; parameters: unknown[] }> = [];

  override logQuery(query: string, parameters?: unknown[]): void {
    this.count += 1;
    if (this.recording) this.statements.push({ sql: query, parameters: parameters ?? [] });
  }

  protected writeLog(_level: LogLevel, _message: LogMessage | LogMessage[]): void {}
}
