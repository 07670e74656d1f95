import { toGlobalId } from '../src/common/global-id';
import { MentorshipStatus } from '../src/modules/mentorship/mentorship.entity';
import { Role } from '../src/modules/role/role';
import { UserStatus } from '../src/modules/user/user.entity';
import { createUser, type UserWithToken } from './helpers/factories';
import { createMentorship, endMentorRole, notificationKindsOf, setSkills } from './helpers/mentorship-factories';
import { startTestServer, type TestServer } from './helpers/server';

let server: TestServer;
let admin: UserWithToken;
beforeAll(async () => {
  server = await startTestServer();
  admin = await createUser(server, { roles: [Role.ADMIN] });
});
afterAll(() => server.close());

const SUGGESTION = 'id score status mentor { id } mentee { id } sharedSkills { slug }';
const GENERATE = `mutation { generateSuggestions { suggestions { ${SUGGESTION} } } }`;
const LIST = `query ($first: Int, $after: String) {
  mentorSuggestions(first: $first, after: $after) {
    totalCount nodes { ${SUGGESTION} } pageInfo { hasNextPage endCursor }
  }
}`;
const RESPOND = `mutation ($input: RespondToSuggestionInput!) {
  respondToSuggestion(input: $input) {
    suggestion { id status }
    mentorship { id status mentor { id } mentee { id } }
  }
}`;
const NODE = `query ($id: ID!) { node(id: $id) { id ... on Suggestion { score } } }`;

interface SuggestionData {
  id: string;
  score: number;
  status: string;
  mentor: { id: string };
  mentee: { id: string };
  sharedSkills: Array<{ slug: string }>;
}
interface GenerateData {
  generateSuggestions: { suggestions: SuggestionData[] };
}
interface ListData {
  mentorSuggestions: {
    totalCount: number;
    nodes: SuggestionData[];
    pageInfo: { hasNextPage: boolean; endCursor: string };
  };
}
interface RespondData {
  respondToSuggestion: {
    suggestion: { id: string; status: string };
    mentorship: { id: string; status: string; mentor: { id: string }; mentee: { id: string } } | null;
  };
}

async function mentorWith(skills: string[], fields: Parameters<typeof createUser>[1] = {}): Promise<UserWithToken> {
  const user = await createUser(server, { roles: [Role.MENTOR], ...fields });
  await setSkills(server, user.user.id, { mentor: skills });
  return user;
}

async function menteeWith(skills: string[]): Promise<UserWithToken> {
  const user = await createUser(server);
  await setSkills(server, user.user.id, { mentee: skills });
  return user;
}

const generate = async (who: UserWithToken): Promise<SuggestionData[]> =>
  (await server.client(who.token).ok<GenerateData>(GENERATE)).generateSuggestions.suggestions;

describe('generateSuggestions', () => {
  it('ranks eligible mentors by shared skills, ties broken by fewer active mentees', async () => {
    const mentee = await menteeWith(['frontend', 'backend', 'devops']);
    const three = await mentorWith(['frontend', 'backend', 'devops', 'design']);
    const twoBusy = await mentorWith(['frontend', 'backend']);
    const twoFree = await mentorWith(['backend', 'devops', 'mobile']);
    const one = await mentorWith(['devops']);
    // Two active mentees for twoBusy, none for twoFree: twoFree comes first among the score-2 mentors.
    for (let i = 0; i < 2; i++) {
      const other = await createUser(server);
      await createMentorship(server, { mentorId: twoBusy.user.id, menteeId: other.user.id });
    }
    // Not suggested: no overlap, no MENTOR role, suspended, role ended, already an open mentorship.
    await mentorWith(['design']);
    const learner = await createUser(server);
    await setSkills(server, learner.user.id, { mentor: ['frontend'] });
    await mentorWith(['frontend'], { status: UserStatus.SUSPENDED });
    const former = await mentorWith(['frontend']);
    await endMentorRole(server, former.user.id);
    const current = await mentorWith(['frontend', 'backend', 'devops']);
    await createMentorship(server, {
      mentorId: current.user.id,
      menteeId: mentee.user.id,
      status: MentorshipStatus.PENDING,
    });

    const suggestions = await generate(mentee);
    expect(suggestions.map((s) => [s.mentor.id, s.score])).toEqual([
      [three.id, 3],
      [twoFree.id, 2],
      [twoBusy.id, 2],
      [one.id, 1],
    ]);
    expect(suggestions[0].sharedSkills.map((s) => s.slug).sort()).toEqual(['backend', 'devops', 'frontend']);
    expect(suggestions.every((s) => s.status === 'PENDING' && s.mentee.id === mentee.id)).toBe(true);
  });

  it('never suggests the viewer to themselves, and returns nothing without mentee skills', async () => {
    const both = await createUser(server, { roles: [Role.MENTOR] });
    await setSkills(server, both.user.id, { mentor: ['security'], mentee: ['security'] });
    const suggestions = await generate(both);
    expect(suggestions.map((s) => s.mentor.id)).not.toContain(both.id);
    expect(await generate(await createUser(server))).toEqual([]);
  });

  it('returns the best ten', async () => {
    const mentee = await menteeWith(['cloud']);
    for (let i = 0; i < 12; i++) await mentorWith(['cloud']);
    const suggestions = await generate(mentee);
    expect(suggestions).toHaveLength(10);
    const all = await server.client(mentee.token).ok<ListData>(LIST, { first: 50 });
    expect(all.mentorSuggestions.totalCount).toBeGreaterThanOrEqual(12);
  });

  it('updates the same rows on regeneration and drops mentors who no longer qualify', async () => {
    const mentee = await menteeWith(['data', 'machine-learning']);
    const mentor = await mentorWith(['data']);
    const leaving = await mentorWith(['machine-learning']);
    const [first] = (await generate(mentee)).filter((s) => s.mentor.id === mentor.id);
    expect(first.score).toBe(1);
    await setSkills(server, mentor.user.id, { mentor: ['data', 'machine-learning'] });
    await endMentorRole(server, leaving.user.id);
    const again = await generate(mentee);
    expect(again.map((s) => [s.id, s.score])).toEqual([[first.id, 2]]);
    const listed = await server.client(mentee.token).ok<ListData>(LIST);
    expect(listed.mentorSuggestions.nodes.map((s) => s.mentor.id)).toEqual([mentor.id]);
  });

  it('runs a fixed number of statements, however many candidates there are', async () => {
    const few = await menteeWith(['product']);
    const many = await menteeWith(['product', 'design']);
    for (let i = 0; i < 2; i++) await mentorWith(['product']);
    for (let i = 0; i < 6; i++) await mentorWith(['design']);
    const count = async (who: UserWithToken): Promise<[number, number]> => {
      const before = server.db.queries.count;
      const n = (
        await server
          .client(who.token)
          .ok<{ generateSuggestions: { suggestions: unknown[] } }>(
            'mutation { generateSuggestions { suggestions { id score } } }',
          )
      ).generateSuggestions.suggestions.length;
      return [n, server.db.queries.count - before];
    };
    const [nFew, qFew] = await count(few);
    const [nMany, qMany] = await count(many);
    expect(nMany).toBeGreaterThan(nFew);
    expect(qMany).toBe(qFew);
  });

  it('is refused to anonymous callers', async () => {
    expect(await server.client().errorCode(GENERATE)).toBe('UNAUTHENTICATED');
  });
});

describe('mentorSuggestions', () => {
  it("lists only the viewer's PENDING suggestions, by score then id, page by page", async () => {
    const mentee = await menteeWith(['frontend', 'backend']);
    const top = await mentorWith(['frontend', 'backend']);
    await mentorWith(['frontend']);
    await mentorWith(['backend']);
    await generate(mentee);
    const client = server.client(mentee.token);
    const all = await client.ok<ListData>(LIST, { first: 50 });
    const nodes = all.mentorSuggestions.nodes;
    expect(nodes.find((s) => s.mentor.id === top.id)?.score).toBe(2);
    expect(nodes[0].score).toBe(2);
    const uuid = (id: string): string => Buffer.from(id, 'base64url').toString('utf8').split(':')[1];
    for (let i = 1; i < nodes.length; i++) {
      const [a, b] = [nodes[i - 1], nodes[i]];
      expect(a.score > b.score || (a.score === b.score && uuid(a.id) < uuid(b.id))).toBe(true);
    }
    const page = await client.ok<ListData>(LIST, { first: 2 });
    const rest = await client.ok<ListData>(LIST, { first: 50, after: page.mentorSuggestions.pageInfo.endCursor });
    expect([...page.mentorSuggestions.nodes, ...rest.mentorSuggestions.nodes].map((s) => s.id)).toEqual(
      nodes.map((s) => s.id),
    );
    // Another user sees none of them.
    const other = await createUser(server);
    expect((await server.client(other.token).ok<ListData>(LIST)).mentorSuggestions.totalCount).toBe(0);
  });
});

describe('respondToSuggestion', () => {
  it('accepting creates the PENDING mentorship request and notifies the mentor', async () => {
    const mentee = await menteeWith(['mobile']);
    const mentor = await mentorWith(['mobile']);
    const [suggestion] = (await generate(mentee)).filter((s) => s.mentor.id === mentor.id);
    const data = await server.client(mentee.token).ok<RespondData>(RESPOND, {
      input: { suggestionId: suggestion.id, accept: true },
    });
    expect(data.respondToSuggestion.suggestion).toEqual({ id: suggestion.id, status: 'ACCEPTED' });
    expect(data.respondToSuggestion.mentorship).toMatchObject({
      status: 'PENDING',
      mentor: { id: mentor.id },
      mentee: { id: mentee.id },
    });
    expect(await notificationKindsOf(server, mentor.user.id)).toEqual(['MENTORSHIP_REQUESTED']);
    // Neither listed nor regenerated any more: the request is open.
    expect((await generate(mentee)).map((s) => s.mentor.id)).not.toContain(mentor.id);
    const listed = await server.client(mentee.token).ok<ListData>(LIST);
    expect(listed.mentorSuggestions.nodes.map((s) => s.mentor.id)).not.toContain(mentor.id);
  });

  it('declining hides that mentor from future suggestions for good', async () => {
    const mentee = await menteeWith(['security']);
    const declined = await mentorWith(['security']);
    const kept = await mentorWith(['security']);
    const [suggestion] = (await generate(mentee)).filter((s) => s.mentor.id === declined.id);
    const data = await server.client(mentee.token).ok<RespondData>(RESPOND, {
      input: { suggestionId: suggestion.id, accept: false },
    });
    expect(data.respondToSuggestion).toEqual({
      suggestion: { id: suggestion.id, status: 'DECLINED' },
      mentorship: null,
    });
    const again = (await generate(mentee)).map((s) => s.mentor.id);
    expect(again).not.toContain(declined.id);
    expect(again).toContain(kept.id);
    const listed = await server.client(mentee.token).ok<ListData>(LIST, { first: 50 });
    expect(listed.mentorSuggestions.nodes.map((s) => s.mentor.id)).not.toContain(declined.id);
  });

  it('answers only once (CONFLICT), only by the mentee (NOT_FOUND for others, FORBIDDEN for admins)', async () => {
    const mentee = await menteeWith(['cloud', 'devops']);
    // Both skills, so it ranks in the top ten despite the many cloud mentors of other tests.
    const mentor = await mentorWith(['cloud', 'devops']);
    const [suggestion] = (await generate(mentee)).filter((s) => s.mentor.id === mentor.id);
    const input = { suggestionId: suggestion.id, accept: false };
    const stranger = await createUser(server);
    expect(await server.client(stranger.token).errorCode(RESPOND, { input })).toBe('NOT_FOUND');
    expect(await server.client(admin.token).refusal(RESPOND, { input })).toEqual({
      code: 'FORBIDDEN',
      reason: 'ONLY_MENTEE_RESPONDS',
    });
    await server.client(mentee.token).ok(RESPOND, { input });
    expect(await server.client(mentee.token).refusal(RESPOND, { input: { ...input, accept: true } })).toEqual({
      code: 'CONFLICT',
      reason: 'SUGGESTION_ALREADY_ANSWERED',
    });
    const unknown = toGlobalId('Suggestion', '00000000-0000-4000-8000-000000000000');
    expect(
      await server.client(mentee.token).errorCode(RESPOND, { input: { suggestionId: unknown, accept: true } }),
    ).toBe('NOT_FOUND');
  });

  it('rolls back an accept the mentor can no longer take (BAD_USER_INPUT), leaving the suggestion PENDING', async () => {
    const mentee = await menteeWith(['data']);
    const mentor = await mentorWith(['data']);
    const [suggestion] = (await generate(mentee)).filter((s) => s.mentor.id === mentor.id);
    await endMentorRole(server, mentor.user.id);
    const res = await server
      .client(mentee.token)
      .request(RESPOND, { input: { suggestionId: suggestion.id, accept: true } });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'MENTOR_UNAVAILABLE' });
    const node = await server
      .client(mentee.token)
      .ok<{ node: { id: string } | null }>(`query ($id: ID!) { node(id: $id) { id ... on Suggestion { status } } }`, {
        id: suggestion.id,
      });
    expect(node.node).toMatchObject({ id: suggestion.id, status: 'PENDING' });
  });

  it('CONFLICT when the pair already has an open mentorship (requested directly meanwhile)', async () => {
    const mentee = await menteeWith(['design']);
    const mentor = await mentorWith(['design']);
    const [suggestion] = (await generate(mentee)).filter((s) => s.mentor.id === mentor.id);
    await createMentorship(server, {
      mentorId: mentor.user.id,
      menteeId: mentee.user.id,
      status: MentorshipStatus.PENDING,
    });
    expect(
      await server.client(mentee.token).refusal(RESPOND, { input: { suggestionId: suggestion.id, accept: true } }),
    ).toEqual({ code: 'CONFLICT', reason: 'MENTORSHIP_ALREADY_OPEN' });
  });
});

describe('node(Suggestion)', () => {
  it('returns a suggestion to its mentee and admins, null to anyone else (the mentor included)', async () => {
    const mentee = await menteeWith(['backend']);
    const mentor = await mentorWith(['backend']);
    const [suggestion] = (await generate(mentee)).filter((s) => s.mentor.id === mentor.id);
    for (const who of [mentee, admin]) {
      expect((await server.client(who.token).ok<{ node: { id: string } }>(NODE, { id: suggestion.id })).node.id).toBe(
        suggestion.id,
      );
    }
    expect((await server.client(mentor.token).ok<{ node: unknown }>(NODE, { id: suggestion.id })).node).toBeNull();
  });
});
