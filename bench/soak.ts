import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { intFlag, parseFlags, rejectUnknown, runMain, SetupError, UsageError } from './lib/args';
import { document } from './lib/graphql';
import { rssMb } from './lib/proc';

const USAGE = `npm run soak -- [--url http://localhost:4000] [--minutes 10] [--rate 50] [--report-seconds 60] [--pid N]
A mixed read/write load at a steady rate against a running server started with AUTH_DEV_LOGIN=true
(demo users sign in with devSignIn); prints errors, p50/p99 and the server's RSS per report.`;

const DEMO_USERS = [
  'learner.carla',
  'learner.david',
  'learner.emma',
  'learner.farid',
  'learner.grace',
  'learner.hugo',
  'learner.ines',
  'mentor.ana',
  'mentor.ben',
  'mentor.chloe',
  'admin',
  'owner',
].map((name) => `${name}@aula.dev`);
/** At most this many requests in flight; past it a tick is skipped and counted as late. */
const MAX_IN_FLIGHT = 1000;

interface SoakUser {
  token: string;
  mentorshipIds: string[];
}

interface Answer {
  ok: boolean;
  codes: string[];
  status: number;
}

/** Errors are what a client could not use: transport failures, 5xx, faults; refusals are the API saying no. */
const FAULTS = new Set(['INTERNAL_SERVER_ERROR', 'SERVICE_UNAVAILABLE']);

runMain(async () => {
  const flags = parseFlags(process.argv.slice(2));
  if (flags.has('help')) throw new UsageError(USAGE);
  rejectUnknown(flags, ['url', 'minutes', 'rate', 'report-seconds', 'pid']);
  const url = (flags.get('url') ?? 'http://localhost:4000').replace(/\/+$/, '');
  const minutes = intFlag(flags, 'minutes', 10, 1, 24 * 60);
  const rate = intFlag(flags, 'rate', 50, 1, 100_000);
  const reportMs = intFlag(flags, 'report-seconds', 60, 1, 3600) * 1000;
  const pid = flags.has('pid') ? intFlag(flags, 'pid', 0, 1, 2 ** 22) : pidListeningOn(Number(new URL(url).port || 80));

  const graphql = async (
    query: string,
    variables: object = {},
    token?: string,
  ): Promise<Answer & { data?: unknown }> => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> };
    const codes = (body.errors ?? []).map((e) => String(e.extensions?.code ?? 'UNKNOWN'));
    return { ok: res.ok && codes.length === 0, codes, status: res.status, data: body.data };
  };

  const users: SoakUser[] = [];
  for (const email of DEMO_USERS) {
    const signIn = await graphql(
      `
        mutation ($email: EmailAddress!) {
          devSignIn(input: { email: $email }) {
            token
          }
        }
      `,
      { email },
    );
    // Demo users that may not sign in (a suspended one) are left out.
    if (!signIn.ok) continue;
    const token = (signIn.data as { devSignIn: { token: string } }).devSignIn.token;
    const mine = await graphql(
      `
        {
          viewer {
            mentorships(first: 20) {
              nodes {
                id
                status
              }
            }
          }
        }
      `,
      {},
      token,
    );
    const viewer = mine.data as
      { viewer?: { mentorships: { nodes: Array<{ id: string; status: string }> } } } | undefined;
    const nodes = viewer?.viewer?.mentorships.nodes ?? [];
    users.push({ token, mentorshipIds: nodes.filter((m) => m.status === 'ACTIVE').map((m) => m.id) });
  }
  if (users.length === 0) {
    throw new SetupError(
      `No demo user could sign in at ${url}: start the server with AUTH_DEV_LOGIN=true and the demo data`,
    );
  }
  const classes = await graphql(
    `
      {
        virtualClasses(first: 50, filter: { status: SCHEDULED }) {
          nodes {
            id
          }
        }
      }
    `,
    {},
    users[0]!.token,
  );
  const listed = classes.data as { virtualClasses?: { nodes: Array<{ id: string }> } } | undefined;
  const classIds = (listed?.virtualClasses?.nodes ?? []).map((c) => c.id);
  const writers = users.filter((u) => u.mentorshipIds.length > 0);
  if (classIds.length === 0 || writers.length === 0)
    throw new SetupError('The server has no scheduled classes or active mentorships: seed the demo data');

  const pick = <T>(items: T[]): T => items[Math.floor(Math.random() * items.length)]!;
  const [dashboard, classList, send, join, leave, profile] = [
    'q3-viewer-dashboard',
    'q4-class-list',
    'm1-send-message',
    'm1-join-class',
    'm1-leave-class',
    'm1-update-profile',
  ].map((name) => document(`${name}.graphql`));
  /** The mix: 60 % reads, 40 % writes (a join is followed by its leave). */
  const operations: Array<[number, () => Promise<Answer[]>]> = [
    [30, async () => [await graphql(dashboard!, {}, pick(users).token)]],
    [20, async () => [await graphql(classList!, { first: 20 }, pick(users).token)]],
    [
      10,
      async () => [
        await graphql(`
          {
            skills(first: 20) {
              nodes {
                name
              }
            }
          }
        `),
      ],
    ],
    [
      15,
      async () => {
        const writer = pick(writers);
        const input = {
          mentorshipId: pick(writer.mentorshipIds),
          content: `soak ${Date.now()}`,
          clientMutationId: randomUUID(),
        };
        return [await graphql(send!, { input }, writer.token)];
      },
    ],
    [
      15,
      async () => {
        const user = pick(users);
        const classId = pick(classIds);
        const joined = await graphql(join!, { input: { classId } }, user.token);
        return joined.ok ? [joined, await graphql(leave!, { input: { classId } }, user.token)] : [joined];
      },
    ],
    [
      10,
      async () => [
        await graphql(profile!, { input: { bio: `Soaking since ${new Date().toISOString()}` } }, pick(users).token),
      ],
    ],
  ];
  const total = operations.reduce((sum, [weight]) => sum + weight, 0);
  const chooseOperation = (): (() => Promise<Answer[]>) => {
    let r = Math.random() * total;
    for (const [weight, run] of operations) if ((r -= weight) < 0) return run;
    return operations[0]![1];
  };

  let window = { latencies: [] as number[], ok: 0, refused: 0, limited: 0, errors: 0, late: 0 };
  let inFlight = 0;
  const fire = (): void => {
    if (inFlight >= MAX_IN_FLIGHT) {
      window.late++;
      return;
    }
    inFlight++;
    const started = performance.now();
    chooseOperation()()
      .then((answers) => {
        window.latencies.push(performance.now() - started);
        for (const a of answers) {
          if (a.ok) window.ok++;
          else if (a.status >= 500 || a.codes.some((c) => FAULTS.has(c))) window.errors++;
          else if (a.codes.includes('RATE_LIMITED')) window.limited++;
          else window.refused++;
        }
      })
      .catch(() => window.errors++)
      .finally(() => inFlight--);
  };

  process.stdout.write(`soak: ${url}, ${rate} operations/s for ${minutes} min, server pid ${pid ?? 'unknown'}\n`);
  process.stdout.write(
    'elapsed  operations  ok  refused  rate-limited  errors  late  p50 ms  p99 ms  max ms  RSS MB\n',
  );
  const startedAt = Date.now();
  let due = 0;
  const tick = setInterval(() => {
    due += rate / 100;
    for (; due >= 1; due--) fire();
  }, 10);
  const totals = { errors: 0, operations: 0 };
  const report = (): void => {
    const done = window;
    window = { latencies: [], ok: 0, refused: 0, limited: 0, errors: 0, late: 0 };
    const sorted = done.latencies.sort((a, b) => a - b);
    const at = (q: number): string =>
      sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(0) : '-';
    totals.errors += done.errors;
    totals.operations += sorted.length;
    const elapsed = `${Math.round((Date.now() - startedAt) / 1000)} s`;
    const row = [
      elapsed.padStart(7),
      String(sorted.length).padStart(10),
      String(done.ok).padStart(3),
      String(done.refused).padStart(8),
      String(done.limited).padStart(13),
      String(done.errors).padStart(7),
      String(done.late).padStart(5),
      at(0.5).padStart(7),
      at(0.99).padStart(7),
      (sorted.length ? sorted[sorted.length - 1]!.toFixed(0) : '-').padStart(7),
      rssOf(pid).padStart(7),
    ];
    process.stdout.write(`${row.join(' ')}\n`);
  };
  const reporter = setInterval(report, reportMs);
  await new Promise((resolve) => setTimeout(resolve, minutes * 60_000));
  clearInterval(tick);
  while (inFlight > 0) await new Promise((resolve) => setTimeout(resolve, 50));
  clearInterval(reporter);
  report();
  process.stdout.write(`${totals.operations} operations, ${totals.errors} errors\n`);
  if (totals.errors > 0) process.exitCode = 1;
});

/** The resident memory of a process in MB, or "n/a". */
function rssOf(pid: number | null): string {
  const mb = pid ? rssMb(pid) : null;
  return mb === null ? 'n/a' : mb.toFixed(0);
}

/** The process listening on a local TCP port (Linux /proc), so RSS can be reported without --pid. */
function pidListeningOn(port: number): number | null {
  try {
    const hex = port.toString(16).toUpperCase().padStart(4, '0');
    const inodes = new Set<string>();
    for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
      for (const line of readFileSync(table, 'utf8').split('\n').slice(1)) {
        const cols = line.trim().split(/\s+/);
        if (cols[1]?.endsWith(`:${hex}`) && cols[3] === '0A') inodes.add(cols[9]!);
      }
    }
    for (const entry of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
      try {
        for (const fd of readdirSync(`/proc/${entry}/fd`)) {
          const target = readlinkSync(`/proc/${entry}/fd/${fd}`);
          if (inodes.has(target.slice(8, -1)) && target.startsWith('socket:[')) return Number(entry);
        }
      } catch {
        // another user's process, or one that just exited
      }
    }
  } catch {
    // not Linux
  }
  return null;
}
