import { AbstractLogger, type LogLevel, type LogMessage } from 'typeorm';

/** Counts the SQL statements a data source runs (for DataLoader batching tests). */
export class QueryCounter extends AbstractLogger {
  count = 0;

  override logQuery(): void {
    this.count += 1;
  }

  protected writeLog(_level: LogLevel, _message: LogMessage | LogMessage[]): void {}
}
