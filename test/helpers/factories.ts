import { randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { issueToken } from '../../src/auth/tokens';
import { toGlobalId } from '../../src/common/global-id';
import { grantRole } from '../../src/modules/role/role.service';
import { Role } from '../../src/modules/role/role';
import { Skill } from '../../src/modules/skill/skill.entity';
import { User } from '../../src/modules/user/user.entity';
import type { TestServer } from './server';

export interface UserWithToken {
  user: User;
  id: string;
  token: string;
}

const unique = (): string => randomBytes(4).toString('hex');

export function manager(server: TestServer): EntityManager {
  return server.db.database.dataSource.manager;
}

/** Creates an active user holding LEARNER plus the given roles (effective now), and a token for it. */
export async function createUser(
  server: TestServer,
  fields: Partial<User> & { roles?: Role[] } = {},
): Promise<UserWithToken> {
  const { roles = [], ...rest } = fields;
  const db = manager(server);
  const user = await db.save(
    db.create(User, { email: `user-${unique()}@example.test`, firstName: 'Test', lastName: 'User', ...rest }),
  );
  const start = new Date(server.deps.clock().getTime() - 60_000);
  for (const role of new Set([Role.LEARNER, ...roles])) {
    await grantRole(db, { userId: user.id, role, effectiveStartDate: start });
  }
  return { user, id: toGlobalId('User', user.id), token: issueToken(user, server.env.JWT_SECRET) };
}

export async function findSkill(server: TestServer, slug: string): Promise<Skill> {
  return manager(server).findOneOrFail(Skill, { where: { slug } });
}
