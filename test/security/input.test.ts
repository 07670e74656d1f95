import { Role } from '../../src/modules/role/role';
import { createUser, type UserWithToken } from '../helpers/factories';
import { startTestServer, type TestServer } from '../helpers/server';

let server: TestServer;
let user: UserWithToken;
let admin: UserWithToken;
beforeAll(async () => {
  server = await startTestServer();
  user = await createUser(server);
  admin = await createUser(server, { roles: [Role.ADMIN] });
});
afterAll(() => server.close());

const UPDATE = `mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { user { id } } }`;

describe('variables that do not fit their types', () => {
  it.each([
    ['a wrong type inside the input', { input: { bio: 5 } }, { bio: 'String cannot represent a non string value: 5' }],
    [
      'a field the input does not have',
      { input: { nope: 1 } },
      { nope: 'Field "nope" is not defined by type "UpdateProfileInput".' },
    ],
    ['a missing required variable', {}, { input: 'is required (UpdateProfileInput!)' }],
  ])('%s: BAD_USER_INPUT naming the field in extensions.fields', async (_case, variables, fields) => {
    const res = await server.client(user.token).request(UPDATE, variables);
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT', fields });
  });
});

const fieldsOf = async (query: string, variables: Record<string, unknown>, token = user.token) => {
  const res = await server.client(token).request(query, variables);
  expect(res.status).toBe(200);
  expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT' });
  return res.errors![0]!.extensions!.fields;
};

describe('text inputs', () => {
  it.each([
    ['a NUL byte', 'Hi\u0000there', 'must not contain control characters (U+0000 at position 2)'],
    ['an escape character', '\u001b[31mred', 'must not contain control characters (U+001B at position 0)'],
    ['a C1 control', 'a\u0085b', 'must not contain control characters (U+0085 at position 1)'],
    [
      'a lone high surrogate',
      'broken \ud83d text',
      'must be valid Unicode text (a lone surrogate U+D83D at position 7)',
    ],
    ['a lone low surrogate', '\ude00', 'must be valid Unicode text (a lone surrogate U+DE00 at position 0)'],
  ])('refuse %s as BAD_USER_INPUT naming the field, whatever the field', async (_what, text, why) => {
    expect(await fieldsOf(UPDATE, { input: { bio: text } })).toEqual({ bio: why });
    expect(
      await fieldsOf(
        `query ($search: String) { users(filter: { search: $search }) { totalCount } }`,
        { search: text },
        admin.token,
      ),
    ).toEqual({ 'filter.search': why });
    expect(
      await fieldsOf(`mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { user { id } } }`, {
        input: { interests: ['chess', text] },
      }),
    ).toEqual({ 'interests[1]': why });
  });

  it('keep tabs and line breaks, and trim Unicode whitespace at both ends', async () => {
    const data = await server
      .client(user.token)
      .ok<{ updateProfile: { user: { bio: string; firstName: string } } }>(
        `mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { user { bio firstName } } }`,
        { input: { bio: '\u3000 line one\n\tline two \u00a0\n', firstName: '\u2003Ana\ufeff' } },
      );
    expect(data.updateProfile.user).toEqual({ bio: 'line one\n\tline two', firstName: 'Ana' });
  });

  it('count length as PostgreSQL does: an emoji with its variation selector is two characters', async () => {
    const heart = '\u2764\ufe0f';
    const fits = await server
      .client(user.token)
      .ok<{ updateProfile: { user: { firstName: string } } }>(
        `mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { user { firstName } } }`,
        { input: { firstName: heart.repeat(50) } },
      );
    expect(fits.updateProfile.user.firstName).toBe(heart.repeat(50));
    expect(await fieldsOf(UPDATE, { input: { firstName: `${heart.repeat(50)}a` } })).toEqual({
      firstName: 'must be at most 100 characters',
    });
  });
});

describe('notification settings: typed, not JSON', () => {
  // They were free JSON (bounded in depth and size); typed switches leave nothing to nest or grow.
  it('refuse a deeply nested or unknown settings object before anything runs', async () => {
    let deep: Record<string, unknown> = { on: true };
    for (let i = 0; i < 4000; i++) deep = { a: deep };
    const client = server.client(user.token);
    expect(await client.errorCode(UPDATE, { input: { notificationPreferences: deep } })).toBe('BAD_USER_INPUT');
    const big = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`kind${i}`, false]));
    expect(await client.errorCode(UPDATE, { input: { notificationPreferences: { email: big } } })).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('store and return the switches given', async () => {
    const data = await server.client(user.token).ok<{ updateProfile: { user: { notificationPreferences: unknown } } }>(
      `mutation ($input: UpdateProfileInput!) {
          updateProfile(input: $input) { user { notificationPreferences { email { classCancelled welcome } } } }
        }`,
      { input: { notificationPreferences: { email: { classCancelled: false } } } },
    );
    expect(data.updateProfile.user.notificationPreferences).toEqual({
      email: { classCancelled: false, welcome: true },
    });
  });
});
