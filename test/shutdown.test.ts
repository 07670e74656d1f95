import { mkdtemp, rm } from 'node:fs/promises';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, runApp } from './helpers/process';
import { startTestServer } from './helpers/server';

interface Answer {
  status: number;
  body: string;
  connection: string | undefined;
}

/** A POST /graphql on the agent's kept-alive connections; rejects when the connection is dropped. */
function post(agent: Agent, port: number, query: string, path = '/graphql'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify({ query });
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: path === '/graphql' ? 'POST' : 'GET',
        agent,
        headers: { 'content-type': 'application/json' },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text, connection: res.headers.connection }));
      },
    );
    req.on('error', reject);
    req.end(path === '/graphql' ? body : undefined);
  });
}

const SKILLS = '{ skills(first: 100) { nodes { name slug } } }';

describe('SIGTERM', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'aula-drain-'));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('answers the 20 requests in flight and 10 sent as it arrives on open connections, then exits 0', async () => {
    const port = await freePort();
    const app = runApp({ DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info' });
    await app.waitFor('"msg":"listening"');
    const agent = new Agent({ keepAlive: true, maxSockets: 30 });
    // Thirty connections, open and idle.
    await Promise.all(Array.from({ length: 30 }, () => post(agent, port, '{ __typename }')));
    // The embedded database answers on the event loop: while it works on the first requests, the
    // last ten and the signal wait side by side, unread.
    const inFlight = Array.from({ length: 20 }, () => post(agent, port, SKILLS));
    await new Promise((resolve) => setTimeout(resolve, 20));
    const justSent = Array.from({ length: 10 }, () => post(agent, port, SKILLS));
    app.child.kill('SIGTERM');
    const answers = await Promise.allSettled([...inFlight, ...justSent]);
    const dropped = answers.filter((a) => a.status === 'rejected');
    expect(dropped).toEqual([]);
    for (const a of answers) expect((a as PromiseFulfilledResult<Answer>).value.status).toBe(200);
    expect(await app.exited).toBe(0);
    agent.destroy();
  }, 120_000);
});

describe('draining', () => {
  it('turns /readyz 503 at once, answers requests sent on idle keep-alive connections as it begins, with Connection: close', async () => {
    const server = await startTestServer();
    const agent = new Agent({ keepAlive: true, maxSockets: 2 });
    await Promise.all([
      post(agent, server.server.port, '{ __typename }'),
      post(agent, server.server.port, '{ __typename }'),
    ]);
    const stopped = server.close();
    const [ready, answer] = await Promise.all([
      post(agent, server.server.port, '', '/readyz'),
      post(agent, server.server.port, '{ __typename }'),
    ]);
    expect(ready).toMatchObject({ status: 503, connection: 'close' });
    expect(JSON.parse(ready.body)).toEqual({ status: 'unavailable', reason: 'shutting down' });
    expect(answer).toMatchObject({ status: 200, connection: 'close' });
    await stopped;
    agent.destroy();
  });
});
