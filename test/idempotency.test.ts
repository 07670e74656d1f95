import { toGlobalId } from '../src/common/global-id';
import { Message } from '../src/modules/message/message.entity';
import { Mentorship } from '../src/modules/mentorship/mentorship.entity';
import { Role } from '../src/modules/role/role';
import { UserActivity } from '../src/modules/activity/user-activity.entity';
import { VirtualClass } from '../src/modules/virtual-class/virtual-class.entity';
import { MentorApplication } from '../src/modules/mentor-application/mentor-application.entity';
import { HOUR, insertClass } from './helpers/class-factories';
import { createUser, findSkill, manager } from './helpers/factories';
import { createPair, type Pair } from './helpers/mentorship-factories';
import { startTestServer, type TestServer } from './helpers/server';

let server: TestServer;
let pair: Pair;
beforeAll(async () => {
  server = await startTestServer();
  pair = await createPair(server);
});
afterAll(() => server.close());

const SEND = `mutation ($input: SendMessageInput!) { sendMessage(input: $input) { clientMutationId message { id content } } }`;
type Sent = { sendMessage: { clientMutationId: string | null; message: { id: string; content: string } } };

const messagesIn = (mentorshipId: string): Promise<number> =>
  manager(server).count(Message, { where: { mentorshipId } });

describe('a write retried with the same clientMutationId', () => {
  it('returns the first result, echoes the key and writes nothing more', async () => {
    const input = { mentorshipId: pair.id, content: 'Are we on for Friday?', clientMutationId: 'send-1' };
    const before = await messagesIn(pair.mentorship.id);
    const first = await server.client(pair.mentee.token).ok<Sent>(SEND, { input });
    const retry = await server.client(pair.mentee.token).ok<Sent>(SEND, { input });
    expect(first.sendMessage.clientMutationId).toBe('send-1');
    expect(retry).toEqual(first);
    expect(await messagesIn(pair.mentorship.id)).toBe(before + 1);
  });

  it('writes once when the retries race each other', async () => {
    const input = { mentorshipId: pair.id, content: 'Sent from a flaky network', clientMutationId: 'send-race' };
    const before = await messagesIn(pair.mentorship.id);
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => server.client(pair.mentee.token).ok<Sent>(SEND, { input })),
    );
    expect(new Set(answers.map((a) => a.sendMessage.message.id)).size).toBe(1);
    expect(await messagesIn(pair.mentorship.id)).toBe(before + 1);
  });

  it('with another input is CONFLICT IDEMPOTENCY_KEY_REUSED, and writes nothing', async () => {
    const key = 'send-2';
    await server
      .client(pair.mentee.token)
      .ok(SEND, { input: { mentorshipId: pair.id, content: 'One', clientMutationId: key } });
    const before = await messagesIn(pair.mentorship.id);
    const other = await server
      .client(pair.mentee.token)
      .request(SEND, { input: { mentorshipId: pair.id, content: 'Two', clientMutationId: key } });
    expect(other.errors?.[0]?.extensions).toEqual({ code: 'CONFLICT', reason: 'IDEMPOTENCY_KEY_REUSED' });
    const join = await server
      .client(pair.mentee.token)
      .request(`mutation ($input: JoinClassInput!) { joinClass(input: $input) { activity { id } } }`, {
        input: { classId: toGlobalId('VirtualClass', '00000000-0000-4000-8000-000000000001'), clientMutationId: key },
      });
    expect(join.errors?.[0]?.extensions).toEqual({ code: 'CONFLICT', reason: 'IDEMPOTENCY_KEY_REUSED' });
    expect(await messagesIn(pair.mentorship.id)).toBe(before);
  });

  it('is the same request only for its own user, and only for a day', async () => {
    const input = { mentorshipId: pair.id, content: 'Same words', clientMutationId: 'shared-key' };
    const mentee = await server.client(pair.mentee.token).ok<Sent>(SEND, { input });
    const mentor = await server.client(pair.mentor.token).ok<Sent>(SEND, { input });
    expect(mentor.sendMessage.message.id).not.toBe(mentee.sendMessage.message.id);
    server.advanceClock(25 * HOUR);
    const nextDay = await server.client(pair.mentee.token).ok<Sent>(SEND, { input });
    expect(nextDay.sendMessage.message.id).not.toBe(mentee.sendMessage.message.id);
  });

  it('that was refused keeps no key: the corrected request with it goes through', async () => {
    const key = 'send-after-refusal';
    const blank = await server
      .client(pair.mentee.token)
      .request(SEND, { input: { mentorshipId: pair.id, content: '   ', clientMutationId: key } });
    expect(blank.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const missing = await server.client(pair.mentee.token).request(SEND, {
      input: {
        mentorshipId: toGlobalId('Mentorship', '00000000-0000-4000-8000-000000000009'),
        content: 'Hi',
        clientMutationId: key,
      },
    });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const sent = await server
      .client(pair.mentee.token)
      .ok<Sent>(SEND, { input: { mentorshipId: pair.id, content: 'Hi', clientMutationId: key } });
    expect(sent.sendMessage.message.content).toBe('Hi');
  });
});

describe('every retryable write takes a clientMutationId', () => {
  const once = async (
    token: string,
    document: string,
    input: Record<string, unknown>,
    count: () => Promise<number>,
  ) => {
    const before = await count();
    const first = await server.client(token).ok(document, { input });
    const retry = await server.client(token).ok(document, { input });
    expect(retry).toEqual(first);
    expect(await count()).toBe(before + 1);
    return first;
  };

  it('bookClass', async () => {
    const host = await createUser(server);
    const startsAt = new Date(server.deps.clock().getTime() + 48 * HOUR).toISOString();
    const input = {
      title: 'Retry-safe class',
      startsAt,
      durationMinutes: 45,
      classType: 'GRUPAL',
      clientMutationId: 'book-1',
    };
    const data = await once(
      host.token,
      `mutation ($input: BookClassInput!) { bookClass(input: $input) { clientMutationId virtualClass { id title } } }`,
      input,
      () => manager(server).count(VirtualClass, { where: { hostId: host.user.id } }),
    );
    expect(data).toMatchObject({
      bookClass: { clientMutationId: 'book-1', virtualClass: { title: 'Retry-safe class' } },
    });
  });

  it('joinClass', async () => {
    const host = await createUser(server);
    const learner = await createUser(server);
    const { id } = await insertClass(server, { hostId: host.user.id });
    await once(
      learner.token,
      `mutation ($input: JoinClassInput!) { joinClass(input: $input) { clientMutationId activity { id } virtualClass { currentParticipants } } }`,
      { classId: id, clientMutationId: 'join-1' },
      () => manager(server).count(UserActivity, { where: { userId: learner.user.id } }),
    );
  });

  it('requestMentorship', async () => {
    const mentor = await createUser(server, { roles: [Role.MENTOR] });
    const mentee = await createUser(server);
    await once(
      mentee.token,
      `mutation ($input: RequestMentorshipInput!) { requestMentorship(input: $input) { clientMutationId mentorship { id status } } }`,
      { mentorId: mentor.id, goals: ['Ship a portfolio'], clientMutationId: 'ask-1' },
      () => manager(server).count(Mentorship, { where: { menteeId: mentee.user.id } }),
    );
  });

  it('applyForMentor', async () => {
    const applicant = await createUser(server);
    const skill = await findSkill(server, 'frontend');
    await once(
      applicant.token,
      `mutation ($input: ApplyForMentorInput!) { applyForMentor(input: $input) { clientMutationId application { id status } } }`,
      {
        motivation: 'I have led frontend teams for years and like teaching.',
        experience: 'Ten years of React',
        skillIds: [toGlobalId('Skill', skill.id)],
        clientMutationId: 'apply-1',
      },
      () => manager(server).count(MentorApplication, { where: { applicantId: applicant.user.id } }),
    );
  });
});
