import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getIntrospectionQuery } from 'graphql';
import { loadTrustedDocuments, sha256Hex } from '../src/app/trusted-documents';
import { ConfigError } from '../src/config/env';
import { Role } from '../src/modules/role/role';
import { User } from '../src/modules/user/user.entity';
import { createUser, manager } from './helpers/factories';
import { freePort, runApp } from './helpers/process';
import { startTestServer, type TestServer } from './helpers/server';

const MANIFEST_FILE = join(__dirname, '..', 'client', 'generated', 'persisted-documents.json');
const manifest = JSON.parse(readFileSync(MANIFEST_FILE, 'utf8')) as Record<string, string>;

/** The operation `name` of the codegen manifest: its document id, bare hash and text. */
function registered(name: string): { id: string; hash: string; text: string } {
  const entry = Object.entries(manifest).find(([, text]) => new RegExp(`(query|mutation) ${name}\\b`).test(text));
  if (!entry) throw new Error(`${name} is not in ${MANIFEST_FILE}`);
  return { id: entry[0], hash: entry[0].slice('sha256:'.length), text: entry[1] };
}

const dashboard = registered('ViewerDashboard');
const skills = registered('SkillCatalog');
const NOW = { now: new Date().toISOString() };
const UNKNOWN = sha256Hex('{ __typename }');

interface Answer {
  status: number;
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: { code?: string; reason?: string } }>;
}

async function read(res: Response): Promise<Answer> {
  return { status: res.status, ...((await res.json()) as Omit<Answer, 'status'>) };
}

const auth = (token?: string): Record<string, string> => (token ? { authorization: `Bearer ${token}` } : {});

/** POSTs a raw GraphQL-over-HTTP body. */
const post = async (server: TestServer, body: object, token?: string): Promise<Answer> =>
  read(
    await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...auth(token) },
      body: JSON.stringify(body),
    }),
  );

/** GETs with the parameters in the query string (objects as JSON), past Apollo's CSRF check. */
const get = async (server: TestServer, params: Record<string, unknown>, token?: string): Promise<Answer> => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    search.set(key, typeof value === 'string' ? value : JSON.stringify(value));
  }
  return read(
    await fetch(`${server.url}/graphql?${search.toString()}`, {
      headers: { 'apollo-require-preflight': 'true', ...auth(token) },
    }),
  );
};

const apq = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });
const codes = (answer: Answer) => answer.errors?.map((e) => [e.extensions?.code, e.extensions?.reason]);
const NOT_TRUSTED = { status: 200, data: null, codes: [['FORBIDDEN', 'DOCUMENT_NOT_TRUSTED']] };
const refusal = (answer: Answer) => ({ status: answer.status, data: answer.data ?? null, codes: codes(answer) });

describe('TRUSTED_DOCUMENTS=allow (the default)', () => {
  let server: TestServer;
  let learner: string;
  beforeAll(async () => {
    server = await startTestServer();
    learner = (await createUser(server)).token;
  });
  afterAll(() => server.close());

  it('runs a registered operation sent by hash, as documentId or as an APQ hash, by POST and by GET', async () => {
    const answers = [
      await post(server, { documentId: dashboard.id, variables: NOW }, learner),
      await post(server, { extensions: apq(dashboard.hash), variables: NOW }, learner),
      await get(server, { documentId: dashboard.id, variables: NOW }, learner),
      await get(server, { extensions: apq(dashboard.hash), variables: NOW }, learner),
    ];
    for (const answer of answers) {
      expect(answer.errors).toBeUndefined();
      expect(answer.data).toMatchObject({ viewer: { email: expect.any(String) }, nextClasses: { nodes: [] } });
    }
  });

  it('runs arbitrary text, and registered text with its APQ hash (a client retrying after a miss)', async () => {
    expect((await post(server, { query: '{ viewer { displayName } }' }, learner)).data).toEqual({
      viewer: { displayName: 'Test User' },
    });
    const retry = await post(server, { query: skills.text, extensions: apq(skills.hash), variables: { first: 1 } });
    expect(retry.data).toMatchObject({ skills: { nodes: [expect.objectContaining({ name: expect.any(String) })] } });
  });

  it('keeps APQ for hashes it does not register: not found, then registered with the text, then found', async () => {
    const query = '{ viewer { id } }';
    const hash = sha256Hex(query);
    expect(codes(await post(server, { extensions: apq(hash) }, learner))).toEqual([
      ['PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_FOUND'],
    ]);
    expect((await post(server, { query, extensions: apq(hash) }, learner)).data).toMatchObject({ viewer: {} });
    expect((await post(server, { extensions: apq(hash) }, learner)).data).toMatchObject({ viewer: {} });
    // A document id the manifest does not list is looked up the same way.
    expect((await post(server, { documentId: `sha256:${hash}` }, learner)).data).toMatchObject({ viewer: {} });
  });

  it('answers an unknown hash PERSISTED_QUERY_NOT_FOUND, and a malformed document id 400 BAD_REQUEST', async () => {
    for (const body of [{ documentId: `sha256:${UNKNOWN}` }, { extensions: apq(UNKNOWN) }]) {
      expect(codes(await post(server, body))).toEqual([['PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_FOUND']]);
    }
    for (const body of [{ documentId: UNKNOWN }, { documentId: dashboard.id, query: dashboard.text }]) {
      const answer = await post(server, body);
      expect({ status: answer.status, codes: codes(answer) }).toEqual({
        status: 400,
        codes: [['BAD_REQUEST', 'BAD_REQUEST']],
      });
    }
  });
});

describe('TRUSTED_DOCUMENTS=strict', () => {
  let server: TestServer;
  let learner: Awaited<ReturnType<typeof createUser>>;
  let admin: string;
  beforeAll(async () => {
    server = await startTestServer({ TRUSTED_DOCUMENTS: 'strict' });
    learner = await createUser(server);
    admin = (await createUser(server, { roles: [Role.ADMIN] })).token;
  });
  afterAll(() => server.close());

  it("refuses a learner's unregistered document before anything runs: the mutation writes nothing", async () => {
    const answer = await post(server, { query: 'mutation { skipProfile { user { profileSkipped } } }' }, learner.token);
    expect(refusal(answer)).toEqual(NOT_TRUSTED);
    const user = await manager(server).findOneByOrFail(User, { id: learner.user.id });
    expect(user.profileSkipped).toBe(false);
  });

  it("runs the same learner's registered operations, by hash in both forms and as their exact text", async () => {
    for (const body of [
      { documentId: dashboard.id, variables: NOW },
      { extensions: apq(dashboard.hash), variables: NOW },
      { query: dashboard.text, variables: NOW },
    ]) {
      const answer = await post(server, body, learner.token);
      expect(answer.errors).toBeUndefined();
      expect(answer.data).toMatchObject({ viewer: { email: learner.user.email } });
    }
    expect((await get(server, { documentId: skills.id }, learner.token)).data).toMatchObject({ skills: {} });
  });

  it('refuses anonymous callers an unregistered document, introspection included, but runs registered ones', async () => {
    expect(refusal(await post(server, { query: '{ skills(first: 1) { nodes { name } } }' }))).toEqual(NOT_TRUSTED);
    expect(refusal(await post(server, { query: getIntrospectionQuery() }))).toEqual(NOT_TRUSTED);
    expect(refusal(await get(server, { query: '{ __typename }' }))).toEqual(NOT_TRUSTED);
    expect((await post(server, { documentId: skills.id, variables: { first: 1 } })).data).toMatchObject({ skills: {} });
  });

  it("runs an admin's arbitrary documents and introspection (Sandbox)", async () => {
    expect((await post(server, { query: '{ users(first: 1) { totalCount } }' }, admin)).data).toEqual({
      users: { totalCount: expect.any(Number) },
    });
    const introspection = await post(server, { query: getIntrospectionQuery() }, admin);
    expect(introspection.errors).toBeUndefined();
    expect(introspection.data).toMatchObject({ __schema: { queryType: { name: 'Query' } } });
  });

  it('lets no learner register a document through APQ: refused, and its hash stays unknown', async () => {
    const query = '{ viewer { id email } }';
    const hash = sha256Hex(query);
    expect(refusal(await post(server, { query, extensions: apq(hash) }, learner.token))).toEqual(NOT_TRUSTED);
    expect(codes(await post(server, { extensions: apq(hash) }, admin))).toEqual([
      ['PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_FOUND'],
    ]);
  });

  it('answers an unknown hash: not trusted for a learner, not found for an admin', async () => {
    for (const body of [{ documentId: `sha256:${UNKNOWN}` }, { extensions: apq(UNKNOWN) }]) {
      expect(refusal(await post(server, body, learner.token))).toEqual(NOT_TRUSTED);
      expect(codes(await post(server, body, admin))).toEqual([
        ['PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_FOUND'],
      ]);
    }
  });
});

describe('the manifest at start', () => {
  let dir: string;
  const warnings: string[] = [];
  const logger = { warn: (_fields: object, message: string) => void warnings.push(message) };
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'aula-documents-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const load = (mode: 'allow' | 'strict', file: string) =>
    loadTrustedDocuments({ TRUSTED_DOCUMENTS: mode, TRUSTED_DOCUMENTS_FILE: file }, logger);

  it('reads the codegen manifest from the working directory by default', () => {
    const trusted = load('strict', 'client/generated/persisted-documents.json');
    expect(trusted.size).toBe(Object.keys(manifest).length);
    expect(trusted.text(dashboard.hash)).toBe(dashboard.text);
  });

  it('without a file: a configuration error in strict mode, a warning and no documents otherwise', () => {
    const missing = join(dir, 'missing.json');
    expect(() => load('strict', missing)).toThrow(ConfigError);
    expect(() => load('strict', missing)).toThrow(`TRUSTED_DOCUMENTS_FILE: ${missing} does not exist`);
    expect(load('allow', missing).size).toBe(0);
    expect(warnings).toEqual([expect.stringMatching(/^no trusted-documents manifest/)]);
  });

  it('refuses a manifest whose text does not match its hash, in either mode', async () => {
    const edited = join(dir, 'edited.json');
    await writeFile(edited, JSON.stringify({ [dashboard.id]: `${dashboard.text} ` }));
    expect(() => load('allow', edited)).toThrow(`lists ${dashboard.id} for a text of another SHA-256`);
  });

  it('stops the server process with one line when strict mode has no manifest', async () => {
    const missing = join(dir, 'none.json');
    const app = runApp({
      DATA_DIR: join(dir, 'data'),
      PORT: String(await freePort()),
      HOST: '127.0.0.1',
      TRUSTED_DOCUMENTS: 'strict',
      TRUSTED_DOCUMENTS_FILE: missing,
    });
    expect(await app.exited).toBe(1);
    // scripts/start.js may say first that it compiles changed sources.
    const lines = app.output().trim().split('\n');
    expect(lines.filter((line) => !line.startsWith('Compiling '))).toEqual([
      `Configuration error: TRUSTED_DOCUMENTS_FILE: ${missing} does not exist, and TRUSTED_DOCUMENTS=strict runs only its documents (npm run codegen writes it)`,
    ]);
  }, 60_000);
});
