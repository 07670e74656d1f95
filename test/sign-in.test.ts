import { AuthProvider } from '../src/modules/user/account.entity';
import { Role } from '../src/modules/role/role';
import { UserStatus } from '../src/modules/user/user.entity';
import { signInDirectly } from './helpers/auth-oauth';
import { createUser, manager } from './helpers/factories';
import { startTestServer, type TestServer } from './helpers/server';

// The signIn use case itself, in a transaction on the test database, without HTTP or a provider.
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('sign-in concurrency', () => {
  it('concurrent first sign-ins of one email create one user, one account and one LEARNER role', async () => {
    const email = 'race@example.test';
    const attempts = Array.from({ length: 5 }, (_, i) =>
      signInDirectly(
        server,
        { email, provider: AuthProvider.GOOGLE, providerAccountId: 'g-race' },
        { requestId: `race-${i}` },
      ),
    );
    const results = await Promise.all(attempts);
    expect(new Set(results.map((r) => r.user.id)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    const accounts = await manager(server).query(`SELECT id FROM accounts WHERE user_id = $1`, [results[0].user.id]);
    expect(accounts).toHaveLength(1);
    const roles = await manager(server).query(`SELECT role FROM user_roles WHERE user_id = $1`, [results[0].user.id]);
    expect(roles).toEqual([{ role: Role.LEARNER }]);
  });
});

describe('signIn refusals', () => {
  it.each([
    [UserStatus.SUSPENDED, 'ACCOUNT_SUSPENDED'],
    [UserStatus.DELETED, 'ACCOUNT_DELETED'],
  ])('refuses a %s user (FORBIDDEN, %s)', async (status, reason) => {
    const { user } = await createUser(server, { status });
    await expect(signInDirectly(server, { email: user.email, provider: 'DEV' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
      reason,
    });
  });
});
