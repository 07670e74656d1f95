import { randomBytes } from 'node:crypto';
import { toGlobalId } from '../../src/common/global-id';
import { UserActivity } from '../../src/modules/activity/user-activity.entity';
import { BadgeName } from '../../src/modules/badge/badge.entity';
import { awardBadges } from '../../src/modules/badge/badge.service';
import { notices } from '../../src/modules/notification/notification.payloads';
import { notify } from '../../src/modules/notification/notification.service';
import { Role } from '../../src/modules/role/role';
import { User, UserStatus } from '../../src/modules/user/user.entity';
import { insertClass, insertTask } from './class-factories';
import { createUser, manager, type UserWithToken } from './factories';
import { setSkills } from './mentorship-factories';
import type { TestServer } from './server';

/** Who calls: a user whose effective roles are LEARNER plus the named one, or nobody. */
export type As = 'LEARNER' | 'MENTOR' | 'ADMIN' | 'OWNER' | 'ANON';
export const ROLES_AND_ANON: readonly As[] = ['LEARNER', 'MENTOR', 'ADMIN', 'OWNER', 'ANON'];

const tag = (): string => randomBytes(4).toString('hex');

/** Private fields are filled, so "allowed" reads a value and "refused" is not confused with an empty field. */
const PRIVATE_FIELDS: Partial<User> = { phone: '+14155550100', address: '1 Main St', city: 'Lima', country: 'PE' };

/**
 * A fresh caller for one matrix case. ANON gets a LEARNER stand-in, so a case can still create
 * records "of the caller" (its class, its activity); the request itself carries no token.
 */
export async function createActor(server: TestServer, as: As): Promise<UserWithToken> {
  const roles = as === 'ANON' || as === 'LEARNER' ? [] : [Role[as]];
  return createUser(server, { roles, firstName: as.toLowerCase(), ...PRIVATE_FIELDS });
}

/** A user with no role windows at all (so a LEARNER window can be assigned without overlap). */
export async function createBareUser(server: TestServer): Promise<{ user: User; id: string }> {
  const db = manager(server);
  const user = await db.save(db.create(User, { email: `bare-${tag()}@example.test`, firstName: 'Bare' }));
  return { user, id: toGlobalId('User', user.id) };
}

/** A soft-deleted user (as deleteUser leaves it). */
export async function createDeletedUser(server: TestServer): Promise<UserWithToken> {
  const victim = await createUser(server, { firstName: 'Gone' });
  await manager(server).update(
    User,
    { id: victim.user.id },
    { status: UserStatus.DELETED, deletedAt: server.deps.clock() },
  );
  return victim;
}

/** The user whose card and private fields the matrix reads: every private field, a mentor skill, a badge, an activity. */
export async function createSubject(server: TestServer): Promise<UserWithToken> {
  const subject = await createUser(server, { roles: [Role.MENTOR], firstName: 'Subject', ...PRIVATE_FIELDS });
  await setSkills(server, subject.user.id, { mentor: ['backend'] });
  await awardBadges(manager(server), subject.user.id, [BadgeName.FIRST_CLASS_BOOKED]);
  const host = await createUser(server);
  await insertClass(server, { hostId: host.user.id, participantIds: [subject.user.id] });
  return subject;
}

/**
 * A class hosted by someone else in which `userId` takes part, with a task attached to the
 * user's activity: the activity's global id (for completeTask).
 */
export async function activityWithTask(server: TestServer, userId: string): Promise<string> {
  const host = await createUser(server, { roles: [Role.MENTOR] });
  const { task } = await insertTask(server, host.user.id);
  const { cls } = await insertClass(server, { hostId: host.user.id, participantIds: [userId] });
  const db = manager(server);
  await db.update(UserActivity, { classId: cls.id, userId }, { taskId: task.id });
  const activity = await db.findOneByOrFail(UserActivity, { classId: cls.id, userId });
  return toGlobalId('UserActivity', activity.id);
}

/** The global id of the activity `userId` has in a fresh class hosted by someone else. */
export async function activityOf(server: TestServer, userId: string): Promise<string> {
  const host = await createUser(server);
  const { cls } = await insertClass(server, { hostId: host.user.id, participantIds: [userId] });
  const activity = await manager(server).findOneByOrFail(UserActivity, { classId: cls.id, userId });
  return toGlobalId('UserActivity', activity.id);
}

/** A notification addressed to `recipientId`: its global id. */
export async function notificationFor(server: TestServer, recipientId: string): Promise<string> {
  const row = await notify(manager(server), recipientId, notices.profileReminder({ profileCompletionPercentage: 10 }));
  return toGlobalId('Notification', row.id);
}

/** A skill name no other case uses. */
export const uniqueSkillName = (): string => `Skill ${tag()}`;
