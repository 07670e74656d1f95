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
  it('gzips large answers for clients that accept it', async () => {
    const body = JSON.stringify({ query: getIntrospectionQuery() });
    const answer = await new Promise<{ encoding?: string; bytes: number }>((resolve, reject) => {
      const req = request(
        `${server.url}/graphql`,
        { method: 'POST', headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip' } },
        (res) => {
          let bytes = 0;
          res.on('data', (chunk: Buffer) => (bytes += chunk.length));
          res.on('end', () => resolve({ encoding: res.headers['content-encoding'], bytes }));
        },
      );
      req.on('error', reject);
      req.end(body);
    });
    const plain = await (
      await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-encoding': 'identity' },
        body,
      })
    ).text();
    expect(answer.encoding).toBe('gzip');
    expect(answer.bytes).toBeLessThan(plain.length / 4);
  });
});
