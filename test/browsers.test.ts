import { request } from 'node:http';
import { getIntrospectionQuery } from 'graphql';
import { startTestServer, type TestServer } from './helpers/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ CORS_ORIGINS: 'https://app.aula.dev, https://admin.aula.dev/' });
});
afterAll(() => server.close());

const preflight = (origin: string) =>
  fetch(`${server.url}/graphql`, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'content-type,authorization',
    },
  });

describe('CORS', () => {
  it('lets a configured origin preflight and call with credentials, and read the request id and refreshed token', async () => {
    const pre = await preflight('https://admin.aula.dev');
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('https://admin.aula.dev');
    expect(pre.headers.get('access-control-allow-credentials')).toBe('true');
    expect(pre.headers.get('access-control-allow-headers')).toBe('content-type,authorization');
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { origin: 'https://app.aula.dev', 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('https://app.aula.dev');
    expect(res.headers.get('access-control-expose-headers')).toBe('x-request-id,x-refreshed-token');
  });

  it('gives other origins no CORS headers, so browsers keep them out', async () => {
    const pre = await preflight('https://evil.example');
    expect(pre.headers.get('access-control-allow-origin')).toBeNull();
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows APP_URL when no origins are configured', async () => {
    const plain = await startTestServer({ APP_URL: 'https://web.aula.dev/app' });
    try {
      const res = await fetch(`${plain.url}/graphql`, {
        method: 'OPTIONS',
        headers: { origin: 'https://web.aula.dev', 'access-control-request-method': 'POST' },
      });
      expect(res.headers.get('access-control-allow-origin')).toBe('https://web.aula.dev');
    } finally {
      await plain.close();
    }
  });
});

describe('compression', () => {
  const body = JSON.stringify({ query: getIntrospectionQuery() });
  /** Bytes on the wire and the encoding of one answer (node:http, which does not decode). */
  const onTheWire = (acceptEncoding: string) =>
    new Promise<{ encoding?: string; bytes: number }>((resolve, reject) => {
      const req = request(
        `${server.url}/graphql`,
        { method: 'POST', headers: { 'content-type': 'application/json', 'accept-encoding': acceptEncoding } },
        (res) => {
          let bytes = 0;
          res.on('data', (chunk: Buffer) => (bytes += chunk.length));
          res.on('end', () => resolve({ encoding: res.headers['content-encoding'], bytes }));
        },
      );
      req.on('error', reject);
      req.end(body);
    });

  it('compresses large answers with gzip or brotli for clients that accept them', async () => {
    const plain = await onTheWire('identity');
    expect(plain.encoding).toBeUndefined();
    expect(plain.bytes).toBeGreaterThan(80_000);
    const gzip = await onTheWire('gzip');
    expect(gzip.encoding).toBe('gzip');
    expect(gzip.bytes).toBeLessThan(plain.bytes / 4);
    const br = await onTheWire('br, gzip');
    expect(br.encoding).toBe('br');
    expect(br.bytes).toBeLessThan(plain.bytes / 4);
  });
});
