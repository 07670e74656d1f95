import { toGlobalId } from '../src/common/global-id';
import { BadgeName } from '../src/modules/badge/badge.entity';
import { User } from '../src/modules/user/user.entity';
import { UserReason } from '../src/modules/user/user.reasons';
import { createUser, findSkill, manager } from './helpers/factories';
import { startTestServer, type TestServer } from './helpers/server';
import { auditEntries, badgeCount } from './helpers/user-factories';

const SIGN_IN_REQUIRED = { code: 'UNAUTHENTICATED', reason: 'SIGN_IN_REQUIRED' };

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const PROFILE_FIELDS = `id firstName lastName city country timezone language newsletter bio avatarUrl phone englishLevel
  interests availability { weekday start end } notificationPreferences { email { welcome roleChanged classCancelled } }
  profileComplete profileSkipped profileCompletionPercentage revision
  mentorSkills { slug } menteeSkills { slug }`;
const UPDATE = `mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { user { ${PROFILE_FIELDS} } } }`;
const COMPLETE = `mutation { completeProfile { missingFields user { profileComplete profileCompletionPercentage revision } } }`;
const SKIP = `mutation { skipProfile { user { profileSkipped revision } } }`;

interface ProfileUser {
  id: string;
  firstName: string | null;
  lastName: string | null;
  city: string | null;
  country: string | null;
  timezone: string | null;
  language: string;
  newsletter: boolean;
  bio: string | null;
  avatarUrl: string | null;
  phone: string | null;
  englishLevel: string | null;
  interests: string[];
  availability: Array<{ weekday: number; start: string; end: string }>;
  notificationPreferences: { email: Record<string, boolean> };
  profileComplete: boolean;
  profileSkipped: boolean;
  profileCompletionPercentage: number;
  revision: number;
  mentorSkills: Array<{ slug: string }>;
  menteeSkills: Array<{ slug: string }>;
}
type UpdateData = { updateProfile: { user: ProfileUser } };

/** Everything required but the email (which every user has): fills the profile to 100 %. */
const REQUIRED_REST = {
  firstName: 'Ana',
  lastName: 'Pérez',
  address: 'Calle Mayor 1',
  city: 'Madrid',
  country: 'ES',
  timezone: 'Europe/Madrid',
  educationLevel: 'University',
  learningGoals: 'Become a backend developer',
  preferredLearningStyle: 'Visual',
};

async function update(token: string, input: Record<string, unknown>): Promise<ProfileUser> {
  return (await server.client(token).ok<UpdateData>(UPDATE, { input })).updateProfile.user;
}

async function fieldErrors(
  token: string,
  input: Record<string, unknown>,
  reason = 'INVALID_INPUT',
): Promise<Record<string, string> | undefined> {
  const res = await server.client(token).request(UPDATE, { input });
  expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason });
  return res.errors?.[0].extensions?.fields;
}

describe('updateProfile', () => {
  it('refuses anonymous callers', async () => {
    expect(await server.client().refusal(UPDATE, { input: { city: 'Lima' } })).toEqual(SIGN_IN_REQUIRED);
  });

  it('edits own fields (trimmed, country upper-cased), bumps the revision and keeps completion current', async () => {
    const { token } = await createUser(server, { firstName: 'Test', lastName: 'User' });
    const user = await update(token, {
      city: '  Lima  ',
      country: 'pe',
      timezone: 'America/Lima',
      language: 'es',
      newsletter: true,
      bio: 'Hola',
      avatarUrl: 'https://cdn.example/a.png',
      phone: '+51987654321',
      englishLevel: 'INTERMEDIO',
      interests: ['graphql', ' sql ', 'graphql'],
      availability: [{ weekday: 1, start: '09:00', end: '12:30' }],
      notificationPreferences: { email: { welcome: false } },
    });
    expect(user).toMatchObject({
      city: 'Lima',
      country: 'PE',
      timezone: 'America/Lima',
      language: 'es',
      newsletter: true,
      avatarUrl: 'https://cdn.example/a.png',
      phone: '+51987654321',
      englishLevel: 'INTERMEDIO',
      interests: ['graphql', 'sql'],
      availability: [{ weekday: 1, start: '09:00', end: '12:30' }],
      notificationPreferences: { email: { welcome: false, roleChanged: true, classCancelled: true } },
      revision: 2,
    });
    // firstName, lastName, email, city, country, timezone: 6 of 10.
    expect(user.profileCompletionPercentage).toBe(60);
    expect(user.profileComplete).toBe(false);
    const cleared = await update(token, { city: null, timezone: null, bio: '   ' });
    expect(cleared).toMatchObject({
      city: null,
      timezone: null,
      bio: null,
      profileCompletionPercentage: 40,
      revision: 3,
    });
  });

  it('marks the profile complete at 100 %, awards PROFILE_COMPLETED once, and un-marks it when a field is cleared', async () => {
    const { user: me, token } = await createUser(server);
    const full = await update(token, REQUIRED_REST);
    expect(full).toMatchObject({ profileCompletionPercentage: 100, profileComplete: true });
    expect(await badgeCount(server, me.id, BadgeName.PROFILE_COMPLETED)).toBe(1);
    const partial = await update(token, { learningGoals: null });
    expect(partial).toMatchObject({ profileCompletionPercentage: 90, profileComplete: false });
    await update(token, { learningGoals: 'Again' });
    expect(await badgeCount(server, me.id, BadgeName.PROFILE_COMPLETED)).toBe(1);
  });

  it('writes a user.profile_update audit entry with the before and after of the changed fields only', async () => {
    const { user: me, token } = await createUser(server, { firstName: 'Old', city: 'Cusco' });
    await update(token, { firstName: 'New', city: 'Cusco', bio: 'Hi' });
    const [entry] = await auditEntries(server, me.id, 'user.profile_update');
    expect(entry.actorId).toBe(me.id);
    expect(entry.before).toEqual({ firstName: 'Old', bio: null });
    expect(entry.after).toEqual({ firstName: 'New', bio: 'Hi' });
  });

  it('refuses a stale revision with CONFLICT and accepts the current one', async () => {
    const { token } = await createUser(server);
    const first = await update(token, { city: 'Quito', revision: 1 });
    expect(first.revision).toBe(2);
    // A second tab still holding revision 1 must not overwrite the newer data.
    expect(await server.client(token).refusal(UPDATE, { input: { city: 'Cuenca', revision: 1 } })).toEqual({
      code: 'CONFLICT',
      reason: UserReason.REVISION_MISMATCH,
    });
    expect((await update(token, { city: 'Cuenca', revision: 2 })).city).toBe('Cuenca');
    expect((await update(token, { city: 'Loja' })).revision).toBe(4);
  });

  it('lets exactly one of two concurrent writes with the same revision through; the other gets CONFLICT', async () => {
    const { user: me, token } = await createUser(server);
    const client = server.client(token);
    const results = await Promise.all(
      ['Lima', 'Cusco'].map((city) => client.request<UpdateData>(UPDATE, { input: { city, revision: 1 } })),
    );
    const outcomes = results.map((r) => r.errors?.[0].extensions?.reason ?? 'OK').sort();
    expect(outcomes).toEqual(['OK', UserReason.REVISION_MISMATCH]);
    const row = await manager(server).findOneByOrFail(User, { id: me.id });
    expect(row.revision).toBe(2);
  });

  it('reports invalid fields in extensions.fields', async () => {
    const { token } = await createUser(server);
    expect(await fieldErrors(token, { firstName: 'x'.repeat(101), language: 'es-ES' })).toEqual({
      firstName: expect.stringContaining('100'),
      language: expect.stringContaining('ISO 639-1'),
    });
    expect(
      Object.keys(
        (await fieldErrors(token, {
          availability: [
            { weekday: 7, start: '09:00', end: '10:00' },
            { weekday: 2, start: '11:00', end: '10:00' },
            { weekday: 3, start: '9:00', end: '25:00' },
          ],
        })) ?? {},
      ).sort(),
    ).toEqual(['availability.0.weekday', 'availability.1.end', 'availability.2.end', 'availability.2.start']);
    expect(await fieldErrors(token, { newsletter: null, interests: null })).toEqual({
      newsletter: 'cannot be null',
      interests: 'cannot be null',
    });
    expect(await fieldErrors(token, { avatarUrl: 'javascript:alert(1)' })).toEqual({
      avatarUrl: 'must be an http(s) URL',
    });
    expect(await fieldErrors(token, { phone: '555-1234' })).toEqual({ phone: expect.stringContaining('E.164') });
    expect((await update(token, { phone: '+1 (212) 555-1234' })).phone).toBe('+12125551234');
    // Malformed scalars are refused by GraphQL itself, before any resolver runs (no per-field detail).
    expect(await server.client(token).errorCode(UPDATE, { input: { phone: 'call me' } })).toBe('BAD_USER_INPUT');
    expect(await server.client(token).errorCode(UPDATE, { input: { timezone: 'Mars/Olympus' } })).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('replaces mentor and mentee skills, and refuses unknown skill ids with BAD_USER_INPUT', async () => {
    const { user: me, token } = await createUser(server);
    const [backend, design, data] = await Promise.all(['backend', 'design', 'data'].map((s) => findSkill(server, s)));
    const gid = (id: string): string => toGlobalId('Skill', id);
    const set = await update(token, {
      mentorSkillIds: [gid(design.id), gid(backend.id)],
      menteeSkillIds: [gid(data.id)],
    });
    expect(set.mentorSkills.map((s) => s.slug)).toEqual(['backend', 'design']);
    expect(set.menteeSkills.map((s) => s.slug)).toEqual(['data']);
    const replaced = await update(token, { mentorSkillIds: [gid(data.id)], menteeSkillIds: [] });
    expect(replaced.mentorSkills.map((s) => s.slug)).toEqual(['data']);
    expect(replaced.menteeSkills).toEqual([]);
    const [, entry] = await auditEntries(server, me.id, 'user.profile_update');
    expect(entry.after).toEqual({ mentorSkillIds: [data.id], menteeSkillIds: [] });

    const unknown = gid('00000000-0000-4000-8000-000000000009');
    expect(await fieldErrors(token, { mentorSkillIds: [gid(backend.id), unknown] }, UserReason.UNKNOWN_SKILL)).toEqual({
      mentorSkillIds: 'contains unknown skill ids',
    });
    expect(await fieldErrors(token, { menteeSkillIds: [toGlobalId('User', me.id)] })).toEqual({
      menteeSkillIds: expect.any(String),
    });
    expect((await update(token, {})).mentorSkills.map((s) => s.slug)).toEqual(['data']);
  });

  it('is FORBIDDEN when profile field changes are disabled, but communication settings stay editable', async () => {
    const { token } = await createUser(server, { profileFieldChangeDisabled: true, city: 'Lima' });
    expect(await server.client(token).refusal(UPDATE, { input: { city: 'Cusco' } })).toEqual({
      code: 'FORBIDDEN',
      reason: UserReason.PROFILE_FIELDS_LOCKED,
    });
    const user = await update(token, {
      newsletter: true,
      notificationPreferences: { email: { classCancelled: false } },
    });
    expect(user).toMatchObject({
      city: 'Lima',
      newsletter: true,
      notificationPreferences: { email: { welcome: true, roleChanged: true, classCancelled: false } },
    });
  });
});

describe('completeProfile', () => {
  interface CompleteData {
    completeProfile: {
      missingFields: string[];
      user: { profileComplete: boolean; profileCompletionPercentage: number; revision: number };
    };
  }

  it('lists the missing required fields and changes nothing while some are missing', async () => {
    const { token } = await createUser(server, { firstName: 'Only', lastName: null });
    const data = await server.client(token).ok<CompleteData>(COMPLETE);
    expect(data.completeProfile.missingFields).toEqual([
      'lastName',
      'address',
      'city',
      'country',
      'timezone',
      'educationLevel',
      'learningGoals',
      'preferredLearningStyle',
    ]);
    expect(data.completeProfile.user).toMatchObject({ profileComplete: false, revision: 1 });
  });

  it('marks a filled profile complete and awards PROFILE_COMPLETED', async () => {
    // Filled outside updateProfile (e.g. by sign-in or an import), so the flag is not set yet.
    const { user: me, token } = await createUser(server, REQUIRED_REST);
    expect(me.profileComplete).toBe(false);
    const data = await server.client(token).ok<CompleteData>(COMPLETE);
    expect(data.completeProfile).toEqual({
      missingFields: [],
      user: { profileComplete: true, profileCompletionPercentage: 100, revision: 2 },
    });
    expect(await badgeCount(server, me.id, BadgeName.PROFILE_COMPLETED)).toBe(1);
    const again = await server.client(token).ok<CompleteData>(COMPLETE);
    expect(again.completeProfile.user.revision).toBe(2);
    expect(await badgeCount(server, me.id, BadgeName.PROFILE_COMPLETED)).toBe(1);
  });

  it('refuses anonymous callers', async () => {
    expect(await server.client().refusal(COMPLETE)).toEqual(SIGN_IN_REQUIRED);
  });
});

describe('skipProfile', () => {
  it('marks the profile skipped and bumps the revision', async () => {
    const { user: me, token } = await createUser(server);
    const data = await server
      .client(token)
      .ok<{ skipProfile: { user: { profileSkipped: boolean; revision: number } } }>(SKIP);
    expect(data.skipProfile.user).toEqual({ profileSkipped: true, revision: 2 });
    const row = await manager(server).findOneByOrFail(User, { id: me.id });
    expect(row.profileSkipped).toBe(true);
    expect(await auditEntries(server, me.id, 'user.profile_skip')).toHaveLength(1);
  });

  it('refuses anonymous callers', async () => {
    expect(await server.client().refusal(SKIP)).toEqual(SIGN_IN_REQUIRED);
  });
});
