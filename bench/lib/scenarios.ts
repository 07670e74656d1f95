import type { Client } from 'pg';
import { SetupError, UsageError } from './args';
import { writeSlots, type BenchUser, type Fixtures } from './fixtures';
import { document, request, send, UNIQUE_ID, type BenchRequest } from './graphql';

export interface Scenario {
  name: string;
  summary: string;
  /** The request cycle of each connection slot; a connection repeats its cycle for the whole run. */
  slots: BenchRequest[][];
  /** Bodies carry UNIQUE_ID, replaced per request (writes that must not repeat). */
  uniqueIds: boolean;
  /** Undoes what a cycle cut short by the end of a run leaves behind; run before and after every phase. */
  reset?: () => Promise<void>;
}

export interface ScenarioContext {
  db: Client;
  url: string;
  fixtures: Fixtures;
  token(user: BenchUser): string;
  globalId(type: string, id: string): string;
  /** Page size of Q1, Q2 and Q4, when given (--first). */
  first?: number;
  /** Connection slots to prepare: one per connection, plus one for counting statements. */
  slots: number;
}

export const SCENARIO_NAMES = ['Q1', 'Q2', 'Q3', 'Q4', 'M1'] as const;
export type ScenarioName = (typeof SCENARIO_NAMES)[number];

type ReadName = Exclude<ScenarioName, 'M1'>;

interface ReadSpec {
  file: string;
  /** Whose token sends it. */
  as: 'admin' | 'mentor' | 'learner';
  /** Page size when --first is not given; absent for documents without $first. */
  first?: number;
  summary: (first: number | undefined) => string;
}

const READS: Record<ReadName, ReadSpec> = {
  Q1: {
    file: 'q1-admin-users.graphql',
    as: 'admin',
    first: 50,
    summary: (n) => `admin user list (first ${n}), roles, badges, 5 activities each`,
  },
  Q2: {
    file: 'q2-mentor-inbox.graphql',
    as: 'mentor',
    first: 20,
    summary: (n) => `mentor inbox (first ${n}), 10 messages each`,
  },
  Q3: {
    file: 'q3-viewer-dashboard.graphql',
    as: 'learner',
    summary: () => 'learner dashboard: viewer, notifications, upcoming classes',
  },
  Q4: {
    file: 'q4-class-list.graphql',
    as: 'learner',
    first: 20,
    summary: (n) => `class list (first ${n}), host, 10 participants each`,
  },
};

/** A read: one request, the same for every connection. */
function readScenario(ctx: ScenarioContext, name: ReadName): Scenario {
  const spec = READS[name];
  const first = spec.first === undefined ? undefined : (ctx.first ?? spec.first);
  const req = request(ctx.token(ctx.fixtures[spec.as]), document(spec.file), first === undefined ? {} : { first });
  return {
    name,
    summary: spec.summary(first),
    slots: Array.from({ length: ctx.slots }, () => [req]),
    uniqueIds: false,
  };
}

/**
 * M1: per connection, the cycle sendMessage (the bench mentor, in one of their ACTIVE
 * mentorships) → joinClass → updateProfile → leaveClass (the connection's own learner and class).
 */
async function writeScenario(ctx: ScenarioContext): Promise<Scenario> {
  const { fixtures: f } = ctx;
  if (f.mentorThreads.length === 0) throw new SetupError('M1 needs the bench mentor to have an ACTIVE mentorship.');
  const slots = await writeSlots(ctx.db, ctx.slots);
  const mentorToken = ctx.token(f.mentor);
  const [sendDoc, joinDoc, profileDoc, leaveDoc] = [
    'm1-send-message.graphql',
    'm1-join-class.graphql',
    'm1-update-profile.graphql',
    'm1-leave-class.graphql',
  ].map(document);
  const leaves = slots.map((slot) =>
    request(ctx.token(slot.learner), leaveDoc, { input: { classId: ctx.globalId('VirtualClass', slot.classId) } }),
  );
  return {
    name: 'M1',
    summary: 'writes: sendMessage, joinClass, updateProfile, leaveClass',
    uniqueIds: true,
    slots: slots.map((slot, i) => {
      const learnerToken = ctx.token(slot.learner);
      const classId = ctx.globalId('VirtualClass', slot.classId);
      const mentorshipId = ctx.globalId('Mentorship', f.mentorThreads[i % f.mentorThreads.length]);
      return [
        request(mentorToken, sendDoc, { input: { mentorshipId, content: `Bench message ${UNIQUE_ID}` } }),
        request(learnerToken, joinDoc, { input: { classId } }),
        request(learnerToken, profileDoc, { input: { bio: `Bench bio ${UNIQUE_ID}` } }),
        leaves[i],
      ];
    }),
    // A run that stops between join and leave leaves the learner in the class; the next join would
    // be refused. Leaving again is harmless when they already left (NOT_A_PARTICIPANT, ignored).
    reset: async () => {
      await Promise.all(leaves.map((leave) => send(ctx.url, leave, 'reset')));
    },
  };
}

/** The scenarios asked for, in the order given. */
export async function buildScenarios(ctx: ScenarioContext, names: ScenarioName[]): Promise<Scenario[]> {
  const scenarios: Scenario[] = [];
  for (const name of names) scenarios.push(name === 'M1' ? await writeScenario(ctx) : readScenario(ctx, name));
  return scenarios;
}

const isScenarioName = (name: string): name is ScenarioName => (SCENARIO_NAMES as readonly string[]).includes(name);

/** Parses --scenario (comma-separated, case-insensitive); all scenarios when absent. */
export function parseScenarioNames(raw: string | undefined): ScenarioName[] {
  if (raw === undefined) return [...SCENARIO_NAMES];
  const names = raw.split(',').map((n) => n.trim().toUpperCase());
  const known = names.filter(isScenarioName);
  if (known.length !== names.length || known.length === 0) {
    throw new UsageError(`--scenario takes a list of ${SCENARIO_NAMES.join(', ')} (got "${raw}")`);
  }
  return known;
}
