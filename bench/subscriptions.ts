/**
 * npm run bench:subscriptions -- [--subscribers 200] [--messages 1000] [--in-flight 16] [--skip-build]
 *
 * Starts two compiled server instances on DATABASE_URL (migrated, e.g. the bench database) and
 * REDIS_URL, opens the subscribers (the two members of one mentorship, many sockets each, split
 * over both instances), sends the messages through both instances as fast as they are accepted,
 * and prints, over every subscriber: lost, duplicated and out-of-order deliveries (against the
 * thread's order in the database) and the delivery latency from the send request's start.
 */
import { randomBytes } from 'node:crypto';
import { createClient, type Client as WsClient } from 'graphql-ws';
import { Client } from 'pg';
import WebSocket from 'ws';
import { intFlag, parseFlags, rejectUnknown, runMain, SetupError } from './lib/args';
import { build, loadCompiledApp } from './lib/compiled-app';
import { startServer, type BenchServer } from './lib/server';

const FLAGS = ['subscribers', 'messages', 'in-flight', 'skip-build'];
const SUBSCRIPTION = `subscription ($id: ID!) { messageAdded(mentorshipId: $id) { id content } }`;
const SEND = `mutation ($input: SendMessageInput!) { sendMessage(input: $input) { message { id } } }`;

const say = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

interface Member {
  id: string;
  email: string;
  token: string;
}

/** Two fresh users and an ACTIVE mentorship between them; removed again at the end. */
async function createPair(
  db: Client,
): Promise<{ mentor: Omit<Member, 'token'>; mentee: Omit<Member, 'token'>; mentorshipId: string }> {
  const tag = randomBytes(4).toString('hex');
  const users: Array<{ id: string; email: string }> = (
    await db.query(
      `INSERT INTO users (email, first_name, last_name) VALUES ($1, 'Bench', 'Mentor'), ($2, 'Bench', 'Mentee') RETURNING id, email`,
      [`bench-mentor-${tag}@aula.test`, `bench-mentee-${tag}@aula.test`],
    )
  ).rows;
  const [mentor, mentee] = users;
  const { rows } = await db.query(
    `INSERT INTO mentorships (mentor_id, mentee_id, status, goals, started_at) VALUES ($1, $2, 'ACTIVE', '{}', now()) RETURNING id`,
    [mentor.id, mentee.id],
  );
  return { mentor, mentee, mentorshipId: rows[0].id as string };
}

const percentile = (sorted: number[], p: number): number =>
  sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function main(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2));
  rejectUnknown(flags, FLAGS);
  const subscribers = intFlag(flags, 'subscribers', 200, 1, 5000);
  const messages = intFlag(flags, 'messages', 1000, 1, 100_000);
  const inFlight = intFlag(flags, 'in-flight', 16, 1, 1000);
  const url = process.env.DATABASE_URL;
  const redisUrl = process.env.REDIS_URL;
  if (!url || !redisUrl) {
    throw new SetupError(
      'DATABASE_URL and REDIS_URL must be set: two instances share one migrated PostgreSQL database and one Redis, e.g.\n' +
        '  DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_local REDIS_URL=redis://127.0.0.1:6379 npm run bench:subscriptions',
    );
  }
  const db = new Client({ connectionString: url });
  await db.connect();
  if (!flags.has('skip-build')) build();
  const app = loadCompiledApp();
  const jwtSecret = randomBytes(32).toString('hex');
  const servers: BenchServer[] = [];
  const sockets: WsClient[] = [];
  const pair = await createPair(db);
  try {
    for (let i = 0; i < 2; i++) servers.push(await startServer(url, { jwtSecret, env: { REDIS_URL: redisUrl } }));
    const tokenOf = (user: { id: string }): string => app.issueToken({ id: user.id, tokenVersion: 0 }, jwtSecret);
    const members = [pair.mentor, pair.mentee].map((u) => ({ ...u, token: tokenOf(u) }));
    const mentorshipId = app.toGlobalId('Mentorship', pair.mentorshipId);
    say(
      `${subscribers} subscribers on one mentorship over 2 instances, ${messages} messages, ${inFlight} sends in flight`,
    );

    // Each subscriber's receipts: message id and arrival time, in arrival order.
    const received: Array<Array<{ id: string; at: number }>> = [];
    let subscribed = 0;
    await Promise.all(
      Array.from({ length: subscribers }, async (_, n) => {
        const member = members[n % 2];
        const client = createClient({
          url: `${servers[n % 2].url.replace(/^http/, 'ws')}/graphql`,
          webSocketImpl: WebSocket,
          connectionParams: { authorization: `Bearer ${member.token}` },
          retryAttempts: 0,
        });
        sockets.push(client);
        const mine: Array<{ id: string; at: number }> = [];
        received.push(mine);
        const iterator = client.iterate<{ messageAdded: { id: string } }>({
          query: SUBSCRIPTION,
          variables: { id: mentorshipId },
        });
        void (async () => {
          for await (const result of iterator) {
            if (result.data) mine.push({ id: result.data.messageAdded.id, at: performance.now() });
          }
        })();
        subscribed += 1;
      }),
    );
    // A subscription listens once the server has it; there is no acknowledgement in the protocol, so wait a moment.
    await new Promise((resolve) => setTimeout(resolve, 2000));

    const startedAt = new Map<string, number>();
    let next = 0;
    const began = performance.now();
    const sender = async (): Promise<void> => {
      while (next < messages) {
        const i = next++;
        const from = members[i % 2];
        const started = performance.now();
        const response = await fetch(`${servers[i % 2].url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${from.token}` },
          body: JSON.stringify({ query: SEND, variables: { input: { mentorshipId, content: `bench ${i}` } } }),
        });
        const body = (await response.json()) as {
          data?: { sendMessage: { message: { id: string } } };
          errors?: unknown;
        };
        if (!body.data) throw new SetupError(`sendMessage failed: ${JSON.stringify(body.errors)}`);
        startedAt.set(body.data.sendMessage.message.id, started);
      }
    };
    await Promise.all(Array.from({ length: inFlight }, sender));
    const sendSeconds = (performance.now() - began) / 1000;
    const deadline = Date.now() + 30_000;
    while (received.some((r) => r.length < messages) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await new Promise((resolve) => setTimeout(resolve, 500));

    const thread: string[] = (
      await db.query(`SELECT id FROM messages WHERE mentorship_id = $1 ORDER BY sent_at, id`, [pair.mentorshipId])
    ).rows.map((r: { id: string }) => app.toGlobalId('Message', r.id));
    const position = new Map(thread.map((id, i) => [id, i]));
    let lost = 0;
    let duplicated = 0;
    let outOfOrder = 0;
    const latencies: number[] = [];
    for (const mine of received) {
      const seen = new Set<string>();
      let last = -1;
      for (const { id, at } of mine) {
        if (seen.has(id)) {
          duplicated += 1;
          continue;
        }
        seen.add(id);
        const at_ = position.get(id) ?? -1;
        if (at_ < last) outOfOrder += 1;
        last = Math.max(last, at_);
        latencies.push(at - (startedAt.get(id) ?? at));
      }
      lost += thread.filter((id) => !seen.has(id)).length;
    }
    latencies.sort((a, b) => a - b);
    say(
      `subscribers ${subscribed}, messages sent ${thread.length} in ${sendSeconds.toFixed(1)} s (${(thread.length / sendSeconds).toFixed(0)}/s)`,
    );
    say(`deliveries ${latencies.length} (expected ${subscribers * messages})`);
    say(`lost ${lost}, duplicated ${duplicated}, out of order ${outOfOrder}`);
    say(
      `delivery latency from the send request's start: p50 ${percentile(latencies, 50).toFixed(1)} ms, ` +
        `p99 ${percentile(latencies, 99).toFixed(1)} ms, max ${percentile(latencies, 100).toFixed(1)} ms`,
    );
    if (lost + duplicated + outOfOrder > 0) process.exitCode = 1;
  } finally {
    await Promise.all(sockets.map((s) => s.dispose()));
    await Promise.all(servers.map((s) => s.stop()));
    await db.query(`DELETE FROM users WHERE id = ANY($1::uuid[])`, [[pair.mentor.id, pair.mentee.id]]);
    await db.end();
  }
}

runMain(main);
