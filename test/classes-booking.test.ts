import { toGlobalId } from '../src/common/global-id';
import { ClassStatus, VirtualClass } from '../src/modules/virtual-class/virtual-class.entity';
import { createUser, manager } from './helpers/factories';
import { earnedBadgeNames, HOUR, insertClass, notificationsOf } from './helpers/class-factories';
import { BOOK, JOIN, LEAVE, setUpClassSuite, uuid, type ClassData } from './helpers/class-suite';

const s = setUpClassSuite();

describe('bookClass', () => {
  it('creates a SCHEDULED class hosted by the caller, with an ANFITRION activity and FIRST_CLASS_BOOKED', async () => {
    const host = await createUser(s.server);
    const cls = await s.book(host, { meetingUrl: 'https://meet.example.test/abc' });
    expect(cls).toMatchObject({
      title: 'Group study',
      status: 'SCHEDULED',
      classType: 'GRUPAL',
      maxParticipants: 10,
      currentParticipants: 1,
      durationMinutes: 60,
      meetingUrl: 'https://meet.example.test/abc',
      host: { id: host.id },
      task: null,
      viewerActivity: { rol: 'ANFITRION', completed: false },
    });
    expect(new Date(cls.endsAt).getTime() - new Date(cls.startsAt).getTime()).toBe(HOUR);
    expect(await earnedBadgeNames(s.server, host.user.id)).toEqual(['FIRST_CLASS_BOOKED']);
    const notes = await notificationsOf(s.server, host.user.id);
    expect(notes).toEqual([
      { kind: 'BADGE_EARNED', payload: expect.objectContaining({ badge: 'FIRST_CLASS_BOOKED' }) },
    ]);
  });

  it('awards the booking badge only once', async () => {
    const host = await createUser(s.server);
    await s.book(host);
    await s.book(host);
    expect((await notificationsOf(s.server, host.user.id)).filter((n) => n.kind === 'BADGE_EARNED')).toHaveLength(1);
  });

  it('makes INDIVIDUAL classes single-seat whatever size is asked', async () => {
    const host = await createUser(s.server);
    const cls = await s.book(host, { classType: 'INDIVIDUAL', maxParticipants: 7 });
    expect(cls).toMatchObject({ classType: 'INDIVIDUAL', maxParticipants: 1, currentParticipants: 1 });
  });

  it('refuses a start in the past, a bad duration, a bad group size and a non-http URL', async () => {
    const host = await createUser(s.server);
    const client = s.server.client(host.token);
    const base = { title: 'x', startsAt: s.inFuture(HOUR), durationMinutes: 30, classType: 'GRUPAL' };
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ startsAt: s.inFuture(-60_000) }, 'startsAt'],
      [{ durationMinutes: 0 }, 'durationMinutes'],
      [{ durationMinutes: 1441 }, 'durationMinutes'],
      [{ maxParticipants: 1 }, 'maxParticipants'],
      [{ maxParticipants: 51 }, 'maxParticipants'],
      [{ meetingUrl: 'ftp://files.example.test/x' }, 'meetingUrl'],
      [{ title: '   ' }, 'title'],
    ];
    for (const [over, field] of cases) {
      const res = await client.request(BOOK, { input: { ...base, ...over } });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT' });
      expect(Object.keys(res.errors?.[0].extensions?.fields ?? {})).toEqual([field]);
    }
  });

  it('refuses anonymous callers', async () => {
    const input = { title: 'x', startsAt: s.inFuture(HOUR), durationMinutes: 30, classType: 'GRUPAL' };
    expect(await s.server.client().errorCode(BOOK, { input })).toBe('UNAUTHENTICATED');
  });
});

describe('joinClass', () => {
  it('adds a PARTICIPANTE activity, counts the seat and awards FIRST_CLASS_JOINED', async () => {
    const host = await createUser(s.server);
    const learner = await createUser(s.server);
    const cls = await s.book(host);
    const joined = await s.join(learner, cls.id);
    expect(joined.virtualClass).toMatchObject({ currentParticipants: 2, viewerActivity: { rol: 'PARTICIPANTE' } });
    expect(joined.activity).toMatchObject({
      rol: 'PARTICIPANTE',
      user: { id: learner.id },
      virtualClass: { id: cls.id },
    });
    expect(await earnedBadgeNames(s.server, learner.user.id)).toEqual(['FIRST_CLASS_JOINED']);
    expect((await notificationsOf(s.server, learner.user.id)).map((n) => [n.kind, n.payload.badge])).toEqual([
      ['BADGE_EARNED', 'FIRST_CLASS_JOINED'],
    ]);
  });

  it('refuses a full class, and any INDIVIDUAL class, with CONFLICT CLASS_FULL', async () => {
    const host = await createUser(s.server);
    const cls = await s.book(host, { maxParticipants: 2 });
    await s.join(await createUser(s.server), cls.id);
    const late = await createUser(s.server);
    const full = { code: 'CONFLICT', reason: 'CLASS_FULL' };
    expect(await s.refusal(late, JOIN, { input: { classId: cls.id } })).toEqual(full);
    const individual = await s.book(host, { classType: 'INDIVIDUAL' });
    expect(await s.refusal(late, JOIN, { input: { classId: individual.id } })).toEqual(full);
  });

  it('refuses a second join by the same user, and the host, with CONFLICT ALREADY_JOINED', async () => {
    const host = await createUser(s.server);
    const learner = await createUser(s.server);
    const cls = await s.book(host);
    await s.join(learner, cls.id);
    const joined = { code: 'CONFLICT', reason: 'ALREADY_JOINED' };
    expect(await s.refusal(learner, JOIN, { input: { classId: cls.id } })).toEqual(joined);
    expect(await s.refusal(host, JOIN, { input: { classId: cls.id } })).toEqual(joined);
    expect((await s.activitiesOf(cls.id)).length).toBe(2);
    // The seat each refused join took is rolled back with its membership.
    const row = await manager(s.server).findOneByOrFail(VirtualClass, { id: uuid(cls.id) });
    expect(row.participantCount).toBe(2);
  });

  it('tells a full class from one the caller already joined', async () => {
    const host = await createUser(s.server);
    const learner = await createUser(s.server);
    const cls = await s.book(host, { maxParticipants: 2 });
    await s.join(learner, cls.id);
    expect(await s.refusal(learner, JOIN, { input: { classId: cls.id } })).toEqual({
      code: 'CONFLICT',
      reason: 'ALREADY_JOINED',
    });
  });

  it('refuses cancelled and completed classes with CONFLICT CLASS_NOT_SCHEDULED', async () => {
    const learner = await createUser(s.server);
    const cancelled = await insertClass(s.server, { hostId: s.mentor.user.id, status: ClassStatus.CANCELLED });
    const completed = await insertClass(s.server, { hostId: s.mentor.user.id, status: ClassStatus.COMPLETED });
    for (const { id } of [cancelled, completed]) {
      expect(await s.refusal(learner, JOIN, { input: { classId: id } })).toEqual({
        code: 'CONFLICT',
        reason: 'CLASS_NOT_SCHEDULED',
      });
    }
  });

  it('refuses a class that has already started with CONFLICT CLASS_STARTED', async () => {
    const host = await createUser(s.server);
    const cls = await s.book(host, { startsAt: s.inFuture(HOUR), durationMinutes: 120 });
    s.server.advanceClock(HOUR + 60_000);
    expect(await s.refusal(await createUser(s.server), JOIN, { input: { classId: cls.id } })).toEqual({
      code: 'CONFLICT',
      reason: 'CLASS_STARTED',
    });
  });

  it('refuses an unknown class with NOT_FOUND and a malformed id with BAD_USER_INPUT', async () => {
    const client = s.server.client((await createUser(s.server)).token);
    const missing = toGlobalId('VirtualClass', '00000000-0000-4000-8000-000000000000');
    expect(await client.errorCode(JOIN, { input: { classId: missing } })).toBe('NOT_FOUND');
    expect(await client.errorCode(JOIN, { input: { classId: s.mentor.id } })).toBe('BAD_USER_INPUT');
  });
});

describe('leaveClass', () => {
  it('removes the participation and frees the seat before the start', async () => {
    const host = await createUser(s.server);
    const learner = await createUser(s.server);
    const cls = await s.book(host);
    await s.join(learner, cls.id);
    const data = await s.server.client(learner.token).ok<{ leaveClass: { virtualClass: ClassData } }>(LEAVE, {
      input: { classId: cls.id },
    });
    expect(data.leaveClass.virtualClass).toMatchObject({ currentParticipants: 1, viewerActivity: null });
    expect((await s.activitiesOf(cls.id)).map((a) => a.userId)).toEqual([host.user.id]);
    await s.join(learner, cls.id); // the seat and the membership can be taken again
  });

  it('refuses the host (who cancels instead) with CONFLICT HOST_CANNOT_LEAVE', async () => {
    const host = await createUser(s.server);
    const cls = await s.book(host);
    expect(await s.refusal(host, LEAVE, { input: { classId: cls.id } })).toEqual({
      code: 'CONFLICT',
      reason: 'HOST_CANNOT_LEAVE',
    });
  });

  it('refuses a non-member with NOT_FOUND NOT_A_PARTICIPANT', async () => {
    const cls = await s.book(await createUser(s.server));
    const stranger = await createUser(s.server);
    expect(await s.refusal(stranger, LEAVE, { input: { classId: cls.id } })).toEqual({
      code: 'NOT_FOUND',
      reason: 'NOT_A_PARTICIPANT',
    });
  });

  it('refuses leaving a cancelled class with CONFLICT CLASS_NOT_SCHEDULED', async () => {
    const learner = await createUser(s.server);
    const { id } = await insertClass(s.server, {
      hostId: s.mentor.user.id,
      participantIds: [learner.user.id],
      status: ClassStatus.CANCELLED,
    });
    expect(await s.refusal(learner, LEAVE, { input: { classId: id } })).toEqual({
      code: 'CONFLICT',
      reason: 'CLASS_NOT_SCHEDULED',
    });
  });

  it('refuses leaving after the start with CONFLICT CLASS_STARTED', async () => {
    const host = await createUser(s.server);
    const learner = await createUser(s.server);
    const cls = await s.book(host, { startsAt: s.inFuture(HOUR) });
    await s.join(learner, cls.id);
    s.server.advanceClock(HOUR + 60_000);
    expect(await s.refusal(learner, LEAVE, { input: { classId: cls.id } })).toEqual({
      code: 'CONFLICT',
      reason: 'CLASS_STARTED',
    });
    expect(await s.activitiesOf(cls.id)).toHaveLength(2);
  });
});
