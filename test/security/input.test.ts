import { createUser, type UserWithToken } from '../helpers/factories';
import { startTestServer, type TestServer } from '../helpers/server';

let server: TestServer;
let user: UserWithToken;
beforeAll(async () => {
  server = await startTestServer();
  user = await createUser(server);
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
