import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One POST /graphql: its JSON body and the bearer token it is sent with. */
export interface BenchRequest {
  body: string;
  token: string;
}

/** Placeholder that the load generator replaces with a fresh id in every request (autocannon's idReplacement). */
export const UNIQUE_ID = '[<id>]';

/** A document from bench/queries/. */
export function document(file: string): string {
  return readFileSync(join(__dirname, '..', 'queries', file), 'utf8');
}

export function request(token: string, query: string, variables: Record<string, unknown> = {}): BenchRequest {
  return { token, body: JSON.stringify({ query, variables }) };
}

export function headers(token: string): Record<string, string> {
  return { 'content-type': 'application/json', authorization: `Bearer ${token}` };
}

/**
 * What went wrong with a response, or null when it is a success: a non-2xx status, or a GraphQL
 * `errors` entry. The bench documents select no field named "errors", and inside JSON strings
 * quotes are escaped, so `"errors":` appears in a body only as the top-level key.
 */
export function responseProblem(status: number, body: string): string | null {
  const failed = status < 200 || status >= 300;
  if (!failed && !body.includes('"errors":')) return null;
  try {
    const parsed = JSON.parse(body) as { errors?: Array<{ message?: string; extensions?: Record<string, unknown> }> };
    const first = parsed.errors?.[0];
    if (first) {
      const { code, reason } = first.extensions ?? {};
      return `${failed ? `HTTP ${status}: ` : ''}${first.message ?? '?'} (${String(code)}${reason ? `/${String(reason)}` : ''})`;
    }
  } catch {
    // Not JSON: report the status and the start of the body.
  }
  return `HTTP ${status}: ${body.slice(0, 200)}`;
}

/** Sends one request and reports its problem (null on success). */
export async function send(url: string, req: BenchRequest, uniqueId: string): Promise<string | null> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: headers(req.token),
    body: req.body.split(UNIQUE_ID).join(uniqueId),
  });
  return responseProblem(response.status, await response.text());
}
