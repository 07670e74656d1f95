import { fromGlobalId } from '../../src/common/global-id';
import { UserActivity } from '../../src/modules/activity/user-activity.entity';
import { Role } from '../../src/modules/role/role';
import { User } from '../../src/modules/user/user.entity';
import { HOUR } from './class-factories';
import { createUser, manager, type UserWithToken } from './factories';
import { startTestServer, type TestServer } from './server';
import type { Refusal } from './graphql';

/** The class fields the class tests read back from every mutation payload. */
export const CLASS_FIELDS = `id title status startsAt endsAt durationMinutes classType maxParticipants currentParticipants
  meetingUrl cancelReason completedAt host { id } task { id title }
  viewerActivity { id rol completed taskCompletedAt }`;
export const BOOK = `mutation ($input: BookClassInput!) { bookClass(input: $input) { virtualClass { ${CLASS_FIELDS} } } }`;
export const JOIN = `mutation ($input: JoinClassInput!) {
  joinClass(input: $input) { virtualClass { ${CLASS_FIELDS} } activity { id rol user { id } virtualClass { id } } }
}`;
export const LEAVE = `mutation ($input: LeaveClassInput!) { leaveClass(input: $input) { virtualClass { ${CLASS_FIELDS} } } }`;
export const CANCEL = `mutation ($input: CancelClassInput!) { cancelClass(input: $input) { virtualClass { ${CLASS_FIELDS} } } }`;
export const COMPLETE = `mutation ($input: CompleteClassInput!) { completeClass(input: $input) { virtualClass { ${CLASS_FIELDS} } } }`;

export interface ClassData {
  id: string;
  title: string;
  status: string;
  startsAt: string;
  endsAt: string;
  durationMinutes: number;
  classType: string;
  maxParticipants: number;
  currentParticipants: number;
  meetingUrl: string | null;
  cancelReason: string | null;
  completedAt: string | null;
  host: { id: string };
  task: { id: string; title: string } | null;
  viewerActivity: { id: string; rol: string; completed: boolean; taskCompletedAt: string | null } | null;
}

export interface JoinData {
  virtualClass: ClassData;
  activity: { id: string; rol: string };
}

/** Runs an operation that must fail, as `as`; the code and reason of its first error. */
export function refusalOf(
  server: TestServer,
  as: UserWithToken,
  query: string,
  variables: Record<string, unknown>,
): Promise<Refusal> {
  return server.client(as.token).refusal(query, variables);
}

export const uuid = (globalId: string): string => fromGlobalId(globalId).id;

/**
 * One class test file's world: its own server, an admin and a mentor, and the API calls the class
 * tests repeat. `setUpClassSuite()` fills it in `beforeAll` and closes the server in `afterAll`.
 */
export class ClassSuite {
  server!: TestServer;
  admin!: UserWithToken;
  mentor!: UserWithToken;

  /** An ISO time `ms` after the server clock. */
  inFuture(ms: number): string {
    return new Date(this.server.deps.clock().getTime() + ms).toISOString();
  }

  /** Books a GRUPAL class of 60 minutes, a day from now, as `as` (fields overridable). */
  async book(as: UserWithToken, over: Record<string, unknown> = {}): Promise<ClassData> {
    const input = {
      title: 'Group study',
      startsAt: this.inFuture(24 * HOUR),
      durationMinutes: 60,
      classType: 'GRUPAL',
      ...over,
    };
    const data = await this.server.client(as.token).ok<{ bookClass: { virtualClass: ClassData } }>(BOOK, { input });
    return data.bookClass.virtualClass;
  }

  async join(as: UserWithToken, classId: string): Promise<JoinData> {
    const data = await this.server.client(as.token).ok<{ joinClass: JoinData }>(JOIN, { input: { classId } });
    return data.joinClass;
  }

  /** Runs an operation that must fail, as `as`; its code and reason. */
  refusal(as: UserWithToken, query: string, variables: Record<string, unknown>): Promise<Refusal> {
    return refusalOf(this.server, as, query, variables);
  }

  activitiesOf(classId: string): Promise<UserActivity[]> {
    return manager(this.server).find(UserActivity, { where: { classId: uuid(classId) }, order: { createdAt: 'ASC' } });
  }

  async totalClassesOf(u: UserWithToken): Promise<number> {
    return (await manager(this.server).findOneByOrFail(User, { id: u.user.id })).totalClasses;
  }
}

export function setUpClassSuite(): ClassSuite {
  const suite = new ClassSuite();
  beforeAll(async () => {
    suite.server = await startTestServer();
    suite.admin = await createUser(suite.server, { roles: [Role.ADMIN] });
    suite.mentor = await createUser(suite.server, { roles: [Role.MENTOR] });
  });
  afterAll(() => suite.server.close());
  return suite;
}
