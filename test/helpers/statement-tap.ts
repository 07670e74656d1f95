import type { Socket } from 'node:net';
import { Outage } from './outage';

/** One statement a client ran through a tap, with its place among every tap's statements. */
export interface TappedStatement {
  sql: string;
  /** Order across all taps of this process: which statement of two taps was sent first. */
  seq: number;
}

let sequence = 0;

/** Where the next statement of any tap will be numbered from (statements after it have a larger seq). */
export const mark = (): number => sequence;

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;

/** The null-terminated string at `offset` of `payload`, and where the next field starts. */
function cString(payload: Buffer, offset: number): [string, number] {
  const end = payload.indexOf(0, offset);
  return [payload.toString('utf8', offset, end), end + 1];
}

/**
 * A TCP proxy to PostgreSQL (an Outage a test can also cut) that reads the client side of the wire protocol and records every
 * statement run through it: simple queries (`Q`) and extended-protocol executions (`E`, with the
 * text of the statement bound by the latest `B`, named prepared statements included). Point a
 * connection URL at it (`url`) to see which statements went to that server.
 */
export class StatementTap extends Outage {
  readonly statements: TappedStatement[] = [];

  /** `databaseUrl` with its host and port replaced by this tap's. */
  url(databaseUrl: string): string {
    const url = new URL(databaseUrl);
    url.hostname = '127.0.0.1';
    url.port = String(this.port);
    return url.toString();
  }

  /** The statements sent after `since` (a `mark()`). */
  after(since: number): string[] {
    return this.statements.filter((s) => s.seq > since).map((s) => s.sql);
  }

  protected override observe(client: Socket): void {
    const read = this.reader();
    client.on('data', (chunk: Buffer) => read(chunk));
  }

  /** A parser for one client connection's bytes, which may split or join messages anyhow. */
  private reader(): (chunk: Buffer) => void {
    let buffered = Buffer.alloc(0);
    let startup = true;
    const prepared = new Map<string, string>();
    let bound = '';
    return (chunk) => {
      buffered = Buffer.concat([buffered, chunk]);
      for (;;) {
        if (startup) {
          // Untyped: length, then a code (SSL or GSS encryption request, or the startup message).
          if (buffered.length < 8) return;
          const length = buffered.readInt32BE(0);
          if (buffered.length < length) return;
          const code = buffered.readInt32BE(4);
          startup = code === SSL_REQUEST || code === GSSENC_REQUEST;
          buffered = buffered.subarray(length);
          continue;
        }
        if (buffered.length < 5) return;
        const length = buffered.readInt32BE(1);
        if (buffered.length < 1 + length) return;
        const type = String.fromCharCode(buffered[0]!);
        const payload = buffered.subarray(5, 1 + length);
        buffered = buffered.subarray(1 + length);
        if (type === 'Q') this.record(cString(payload, 0)[0]);
        else if (type === 'P') {
          const [name, next] = cString(payload, 0);
          prepared.set(name, cString(payload, next)[0]);
        } else if (type === 'B') {
          const [, next] = cString(payload, 0);
          bound = prepared.get(cString(payload, next)[0]) ?? '';
        } else if (type === 'E') this.record(bound);
      }
    };
  }

  private record(sql: string): void {
    sequence += 1;
    this.statements.push({ sql, seq: sequence });
  }
}
