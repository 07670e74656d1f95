import { randomUUID } from 'node:crypto';
import { getDirective } from '@graphql-tools/utils';
import { Kind, parse, type GraphQLObjectType } from 'graphql';
import { createSchema } from '../src/app/schema';
import { toGlobalId } from '../src/common/global-id';
import { MentorApplicationStatus } from '../src/modules/mentor-application/mentor-application.entity';
import { MentorshipStatus } from '../src/modules/mentorship/mentorship.entity';
import { grantRole } from '../src/modules/role/role.service';
import { Role } from '../src/modules/role/role';
import { HOUR, insertClass, insertTask } from './helpers/class-factories';
import { createUser, findSkill, manager, type UserWithToken } from './helpers/factories';
import {
  activityOf,
  activityWithTask,
  createActor,
  createBareUser,
  createDeletedUser,
  createSubject,
  notificationFor,
  uniqueSkillName,
  type As,
} from './helpers/matrix-fixtures';
import { createMentorship } from './helpers/mentorship-factories';
import { roleWindowId } from './helpers/role-factories';
import { startTestServer, type TestServer } from './helpers/server';
import { createApplication } from './helpers/stats-factories';

/*
 * SPEC §3, cell by cell. Every case runs as a FRESH caller of the named role (effective roles:
 * LEARNER plus that role) against fresh targets where the operation consumes state, and asserts
 * the outcome:
 *   ALLOWED          no errors, and the value at the rule's path is there;
 *   FORBIDDEN, …     exactly one error, with that code, at the root field — or, for a
 *                    field-level rule (`field`), at that field, which reads null while the rest
 *                    of the object is returned;
 *   NOT_FOUND        as above, or for `node(id)` (hiddenAsNull): no error and null, so the
 *                    caller cannot tell a hidden record from an absent one.
 */

type Outcome = 'ALLOWED' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'NOT_FOUND' | 'CONFLICT';
type Data = Record<string, unknown>;

interface Prepared {
  variables?: Record<string, unknown>;
  /** Extra checks on an ALLOWED answer. */
  verify?: (data: Data) => void;
}

interface Op {
  row: string;
  operation: string;
  query: string;
  /** Path of a field-level rule: a refusal is null + error at this path, not at the root field. */
  field?: string[];
  /** The root field answers null (no error) for a record the caller may not see. */
  hiddenAsNull?: boolean;
  /** ALLOWED may answer null at the root (viewer for anonymous callers). */
  nullable?: boolean;
  expect: Partial<Record<As, Outcome>>;
  /** Creates what the case needs for caller `me` (a LEARNER stand-in for ANON) and returns the variables. */
  prepare?: (me: UserWithToken) => Promise<Prepared>;
}

interface Case {
  row: string;
  operation: string;
  as: As;
  expect: Outcome;
  op: Op;
}

const A = 'ALLOWED';
const F = 'FORBIDDEN';
const U = 'UNAUTHENTICATED';
const NF = 'NOT_FOUND';

const EVERYONE = { LEARNER: A, MENTOR: A, ADMIN: A, OWNER: A, ANON: U } as const;
const MENTOR_UP = { LEARNER: F, MENTOR: A, ADMIN: A, OWNER: A, ANON: U } as const;
const ADMIN_UP = { LEARNER: F, MENTOR: F, ADMIN: A, OWNER: A, ANON: U } as const;
const OWNER_ONLY = { LEARNER: F, MENTOR: F, ADMIN: F, OWNER: A, ANON: U } as const;
const ANON_ONLY = { ANON: U } as const;

let server: TestServer;
/** The other user whose public card and private fields are read. */
let subject: UserWithToken;

beforeAll(async () => {
  server = await startTestServer();
  subject = await createSubject(server);
});
afterAll(() => server.close());

const future = (hours = 24): string => new Date(server.deps.clock().getTime() + hours * HOUR).toISOString();
const someId = (type: string): string => toGlobalId(type, randomUUID());
const mutation = (name: string, input: string, selection: string): string =>
  `mutation ($input: ${input}!) { ${name}(input: $input) { ${selection} } }`;
const userField = (field: string): string => `query ($id: ID!) { user(id: $id) { id displayName ${field} } }`;

const USER_PRIVATE = [
  ['email', 'email'],
  ['phone', 'phone'],
  ['address', 'address'],
  ['roles', 'roles { role effectiveStartDate }'],
  ['activities', 'activities(first: 5) { totalCount }'],
] as const;

const ASSIGN = mutation('assignRole', 'AssignRoleInput', 'userRole { id role }');
const REVOKE = mutation('revokeRole', 'RevokeRoleInput', 'userRole { id role isActive effectiveEndDate }');
const BULK_ASSIGN = mutation('bulkAssignRole', 'BulkAssignRoleInput', 'userRoles { id role }');

/** assignRole of `role` to a fresh target (without roles, so even LEARNER does not overlap). */
const assignOp = (row: string, role: Role, expect: Op['expect']): Op => ({
  row,
  operation: `assignRole ${role}`,
  query: ASSIGN,
  expect,
  prepare: async () => ({ variables: { input: { userId: (await createBareUser(server)).id, role } } }),
});

/** revokeRole of a fresh target's window of `role`. */
const revokeOp = (row: string, role: Role, expect: Op['expect']): Op => ({
  row,
  operation: `revokeRole ${role}`,
  query: REVOKE,
  expect,
  prepare: async () => {
    const target = await createUser(server, { roles: [role] });
    return { variables: { input: { userRoleId: await roleWindowId(server, target.user.id, role) } } };
  },
});

const bulkOp = (row: string, role: Role, expect: Op['expect']): Op => ({
  row,
  operation: `bulkAssignRole ${role}`,
  query: BULK_ASSIGN,
  expect,
  prepare: async () => ({ variables: { input: { userIds: [(await createBareUser(server)).id], role } } }),
});

const R1 = 'View/edit own profile';
const R2 = "View others' public card";
const R3 = "View others' private fields";
const R4 = 'Edit/suspend/delete/restore others';
const R5 = 'Assign/revoke LEARNER/MENTOR';
const R6 = 'Assign/revoke ADMIN/OWNER';
const R7 = 'Create tasks; complete hosted classes';
const R8 = 'Edit or delete a task';
const R9 = 'Book/join/leave; complete own tasks; request mentorship; apply';
const R10 = 'Review applications; audit log; stats';
const R11 = 'System configuration';
const R12 = 'Records the caller may not see';
const R13 = 'Anonymous callers';

const OPS: Op[] = [
  // 1. View / edit own profile
  {
    row: R1,
    operation: 'viewer { email phone }',
    query: `{ viewer { id email phone } }`,
    expect: { LEARNER: A, MENTOR: A, ADMIN: A, OWNER: A },
    prepare: async (me) => ({
      verify: (data) => expect(data.viewer).toEqual({ id: me.id, email: me.user.email, phone: '+14155550100' }),
    }),
  },
  {
    row: R1,
    operation: 'viewer (PUBLIC: null when anonymous)',
    query: `{ viewer { id email } }`,
    nullable: true,
    expect: { ANON: A },
    prepare: async () => ({ verify: (data) => expect(data.viewer).toBeNull() }),
  },
  {
    row: R1,
    operation: 'updateProfile',
    query: mutation('updateProfile', 'UpdateProfileInput', 'user { id bio }'),
    expect: EVERYONE,
    prepare: async (me) => ({
      variables: { input: { bio: 'Hello there' } },
      verify: (data) => expect(data.updateProfile).toEqual({ user: { id: me.id, bio: 'Hello there' } }),
    }),
  },

  // 2. View other users' public card
  {
    row: R2,
    operation: 'user(id) { displayName avatarUrl bio mentorSkills earnedBadges }',
    query: `query ($id: ID!) {
      user(id: $id) { id displayName avatarUrl bio mentorSkills { name } earnedBadges { badge { name } } }
    }`,
    expect: EVERYONE,
    prepare: async () => ({
      variables: { id: subject.id },
      verify: (data) =>
        expect(data.user).toMatchObject({
          id: subject.id,
          displayName: 'Subject User',
          mentorSkills: [{ name: 'Backend' }],
          earnedBadges: [{ badge: { name: 'FIRST_CLASS_BOOKED' } }],
        }),
    }),
  },

  // 3. View other users' private fields
  ...USER_PRIVATE.map(([name, selection]): Op => ({
    row: R3,
    operation: `user(id) { ${name} } of a non-mentee`,
    query: userField(selection),
    field: ['user', name],
    expect: ADMIN_UP,
    prepare: async () => ({ variables: { id: subject.id } }),
  })),
  {
    row: R3,
    operation: 'user(id) { email } of own ACTIVE mentee',
    query: userField('email'),
    field: ['user', 'email'],
    // LEARNER here has the mentorship but no MENTOR role (see the next op for that case); admins see any email.
    expect: { MENTOR: A, ADMIN: A, OWNER: A },
    prepare: async (me) => {
      const mentee = await createUser(server, { firstName: 'Mentee' });
      await createMentorship(server, { mentorId: me.user.id, menteeId: mentee.user.id });
      return {
        variables: { id: mentee.id },
        verify: (data) => expect(data.user).toMatchObject({ email: mentee.user.email }),
      };
    },
  },
  {
    row: R3,
    operation: 'user(id) { email } of own ACTIVE mentee after the MENTOR role ended',
    query: userField('email'),
    field: ['user', 'email'],
    // Roles are evaluated at request time (SPEC §2 UserRole): without MENTOR the caller is a LEARNER.
    expect: { LEARNER: F },
    prepare: async (me) => {
      // `me` was a MENTOR and took on a mentee; then an admin revoked MENTOR (through the API). The
      // mentorship stays ACTIVE — revoking a role does not end mentorships.
      const window = await grantRole(manager(server), {
        userId: me.user.id,
        role: Role.MENTOR,
        effectiveStartDate: new Date(server.deps.clock().getTime() - 2 * HOUR),
      });
      const mentee = await createUser(server, { firstName: 'Mentee' });
      await createMentorship(server, { mentorId: me.user.id, menteeId: mentee.user.id });
      const admin = await createActor(server, 'ADMIN');
      await server.client(admin.token).ok(REVOKE, { input: { userRoleId: toGlobalId('UserRole', window.id) } });
      const roles = await server
        .client(me.token)
        .ok<{ viewer: { effectiveRoles: string[] } }>(`{ viewer { effectiveRoles } }`);
      expect(roles.viewer.effectiveRoles).toEqual(['LEARNER']);
      return { variables: { id: mentee.id } };
    },
  },
  {
    row: R3,
    operation: 'user(id) { email } of a PENDING (not yet active) mentee',
    query: userField('email'),
    field: ['user', 'email'],
    expect: { MENTOR: F },
    prepare: async (me) => {
      const mentee = await createUser(server, { firstName: 'Mentee' });
      await createMentorship(server, {
        mentorId: me.user.id,
        menteeId: mentee.user.id,
        status: MentorshipStatus.PENDING,
      });
      return { variables: { id: mentee.id } };
    },
  },
  {
    row: R3,
    operation: 'user(id) { phone } of own ACTIVE mentee (email only)',
    query: userField('phone'),
    field: ['user', 'phone'],
    expect: { MENTOR: F },
    prepare: async (me) => {
      const mentee = await createUser(server, { firstName: 'Mentee', phone: '+14155550111' });
      await createMentorship(server, { mentorId: me.user.id, menteeId: mentee.user.id });
      return { variables: { id: mentee.id } };
    },
  },
  {
    row: R3,
    operation: 'users(first) (admin user list)',
    query: `{ users(first: 5) { totalCount nodes { id email } } }`,
    expect: ADMIN_UP,
  },

  // 4. Edit, suspend, soft-delete, restore other users
  {
    row: R4,
    operation: 'updateUser',
    query: mutation('updateUser', 'UpdateUserInput', 'user { id city }'),
    expect: ADMIN_UP,
    prepare: async () => ({ variables: { input: { id: (await createUser(server)).id, city: 'Quito' } } }),
  },
  {
    row: R4,
    operation: 'setUserStatus SUSPENDED',
    query: mutation('setUserStatus', 'SetUserStatusInput', 'user { id status }'),
    expect: ADMIN_UP,
    prepare: async () => ({
      variables: { input: { id: (await createUser(server)).id, status: 'SUSPENDED', reason: 'spam' } },
    }),
  },
  {
    row: R4,
    operation: 'deleteUser',
    query: mutation('deleteUser', 'DeleteUserInput', 'user { id status }'),
    expect: ADMIN_UP,
    prepare: async () => ({ variables: { input: { id: (await createUser(server)).id, reason: 'spam' } } }),
  },
  {
    row: R4,
    operation: 'restoreUser',
    query: mutation('restoreUser', 'RestoreUserInput', 'user { id status }'),
    expect: ADMIN_UP,
    prepare: async () => ({ variables: { input: { id: (await createDeletedUser(server)).id } } }),
  },

  // 5. Assign or revoke LEARNER / MENTOR
  assignOp(R5, Role.LEARNER, ADMIN_UP),
  assignOp(R5, Role.MENTOR, ADMIN_UP),
  revokeOp(R5, Role.LEARNER, ADMIN_UP),
  revokeOp(R5, Role.MENTOR, ADMIN_UP),
  bulkOp(R5, Role.MENTOR, ADMIN_UP),

  // 6. Assign or revoke ADMIN / OWNER
  assignOp(R6, Role.ADMIN, OWNER_ONLY),
  assignOp(R6, Role.OWNER, OWNER_ONLY),
  revokeOp(R6, Role.ADMIN, OWNER_ONLY),
  revokeOp(R6, Role.OWNER, OWNER_ONLY),
  bulkOp(R6, Role.ADMIN, OWNER_ONLY),

  // 7. Create tasks; complete classes they host
  {
    row: R7,
    operation: 'createTask',
    query: mutation('createTask', 'CreateTaskInput', 'task { id title }'),
    expect: MENTOR_UP,
    prepare: async () => ({
      variables: { input: { title: 'Read it', content: '# Go', type: 'READING', difficulty: 'EASY' } },
    }),
  },
  {
    row: R7,
    operation: 'completeClass of a class the caller hosts',
    query: mutation('completeClass', 'CompleteClassInput', 'virtualClass { id status }'),
    expect: MENTOR_UP,
    prepare: async (me) => {
      const participant = await createUser(server);
      const { id } = await insertClass(server, { hostId: me.user.id, participantIds: [participant.user.id] });
      return {
        variables: { input: { classId: id } },
        verify: (data) => expect(data.completeClass).toEqual({ virtualClass: { id, status: 'COMPLETED' } }),
      };
    },
  },
  {
    row: R7,
    operation: 'completeClass of a class someone else hosts',
    query: mutation('completeClass', 'CompleteClassInput', 'virtualClass { id status }'),
    expect: ADMIN_UP,
    prepare: async () => {
      const host = await createUser(server, { roles: [Role.MENTOR] });
      return { variables: { input: { classId: (await insertClass(server, { hostId: host.user.id })).id } } };
    },
  },

  // 8. Edit or delete a task: own for mentors, any for admins
  ...(['updateTask', 'deleteTask'] as const).flatMap((name): Op[] => {
    const query =
      name === 'updateTask'
        ? mutation('updateTask', 'UpdateTaskInput', 'task { id title }')
        : mutation('deleteTask', 'DeleteTaskInput', 'deletedTaskId');
    const input = (id: string): Record<string, unknown> => (name === 'updateTask' ? { id, title: 'Renamed' } : { id });
    return [
      {
        row: R8,
        operation: `${name} of own task`,
        query,
        // A LEARNER's "own" task: written while it held MENTOR (inserted directly here).
        expect: MENTOR_UP,
        prepare: async (me) => ({ variables: { input: input((await insertTask(server, me.user.id)).id) } }),
      },
      {
        row: R8,
        operation: `${name} of another author's task`,
        query,
        expect: ADMIN_UP,
        prepare: async () => {
          const author = await createUser(server, { roles: [Role.MENTOR] });
          return { variables: { input: input((await insertTask(server, author.user.id)).id) } };
        },
      },
    ];
  }),

  // 9. Book, join, leave classes; complete own tasks; request mentorships; apply to mentor
  {
    row: R9,
    operation: 'bookClass',
    query: mutation('bookClass', 'BookClassInput', 'virtualClass { id status }'),
    expect: EVERYONE,
    prepare: async () => ({
      variables: {
        input: { title: 'Pairing', startsAt: future(), durationMinutes: 60, classType: 'GRUPAL', maxParticipants: 5 },
      },
    }),
  },
  {
    row: R9,
    operation: 'joinClass',
    query: mutation('joinClass', 'JoinClassInput', 'virtualClass { id currentParticipants }'),
    expect: EVERYONE,
    prepare: async () => {
      const host = await createUser(server);
      return { variables: { input: { classId: (await insertClass(server, { hostId: host.user.id })).id } } };
    },
  },
  {
    row: R9,
    operation: 'leaveClass',
    query: mutation('leaveClass', 'LeaveClassInput', 'virtualClass { id currentParticipants }'),
    expect: EVERYONE,
    prepare: async (me) => {
      const host = await createUser(server);
      const { id } = await insertClass(server, { hostId: host.user.id, participantIds: [me.user.id] });
      return { variables: { input: { classId: id } } };
    },
  },
  {
    row: R9,
    operation: 'completeTask of own activity',
    query: mutation('completeTask', 'CompleteTaskInput', 'activity { id taskCompletedAt }'),
    expect: EVERYONE,
    prepare: async (me) => ({ variables: { input: { activityId: await activityWithTask(server, me.user.id) } } }),
  },
  {
    row: R9,
    operation: 'requestMentorship',
    query: mutation('requestMentorship', 'RequestMentorshipInput', 'mentorship { id status }'),
    expect: EVERYONE,
    prepare: async () => {
      const mentor = await createUser(server, { roles: [Role.MENTOR] });
      return { variables: { input: { mentorId: mentor.id, goals: ['Ship it'] } } };
    },
  },
  {
    row: R9,
    operation: 'applyForMentor (CONFLICT by rule for a current MENTOR)',
    query: mutation('applyForMentor', 'ApplyForMentorInput', 'application { id status }'),
    expect: { LEARNER: A, MENTOR: 'CONFLICT', ADMIN: A, OWNER: A, ANON: U },
    prepare: async () => {
      const skill = await findSkill(server, 'frontend');
      return {
        variables: {
          input: {
            motivation: 'I have been helping juniors for years',
            experience: 'Five years of React',
            skillIds: [toGlobalId('Skill', skill.id)],
          },
        },
      };
    },
  },

  // 10. Review mentor applications; read audit log and platform stats
  {
    row: R10,
    operation: 'reviewMentorApplication',
    query: mutation('reviewMentorApplication', 'ReviewMentorApplicationInput', 'application { id status }'),
    expect: ADMIN_UP,
    prepare: async () => {
      const applicant = await createUser(server);
      const app = await createApplication(server, applicant.user.id, MentorApplicationStatus.PENDING);
      return {
        variables: {
          input: { applicationId: toGlobalId('MentorApplication', app.id), approve: false, reason: 'Not yet' },
        },
      };
    },
  },
  {
    row: R10,
    operation: 'auditLog',
    query: `{ auditLog(first: 5) { totalCount } }`,
    expect: ADMIN_UP,
  },
  {
    row: R10,
    operation: 'platformStats',
    query: `{ platformStats(period: WEEK) { totalUsers roleDistribution { role count } } }`,
    expect: ADMIN_UP,
  },

  // 11. System configuration (skills and badge catalog)
  {
    row: R11,
    operation: 'createSkill',
    query: mutation('createSkill', 'CreateSkillInput', 'skill { id name slug }'),
    expect: ADMIN_UP,
    prepare: async () => ({ variables: { input: { name: uniqueSkillName() } } }),
  },
  {
    row: R11,
    operation: 'updateBadge',
    query: mutation('updateBadge', 'UpdateBadgeInput', 'badge { id name title }'),
    expect: ADMIN_UP,
    prepare: async () => ({ variables: { input: { name: 'FIRST_CLASS_JOINED', title: 'First class joined' } } }),
  },

  // Records the caller may not see
  {
    row: R12,
    operation: "sendMessage on someone else's mentorship",
    query: mutation('sendMessage', 'SendMessageInput', 'message { id }'),
    // Message threads are members-only, for admins too (SPEC §2 Message).
    expect: { LEARNER: NF, MENTOR: NF, ADMIN: NF, OWNER: NF, ANON: U },
    prepare: async () => {
      const mentor = await createUser(server, { roles: [Role.MENTOR] });
      const mentee = await createUser(server);
      const m = await createMentorship(server, { mentorId: mentor.user.id, menteeId: mentee.user.id });
      return { variables: { input: { mentorshipId: toGlobalId('Mentorship', m.id), content: 'hi' } } };
    },
  },
  {
    row: R12,
    operation: "addMentorshipNote on someone else's mentorship",
    query: mutation('addMentorshipNote', 'AddMentorshipNoteInput', 'note { id }'),
    // Admins may see every mentorship, so for them it exists: FORBIDDEN (only members act), not NOT_FOUND.
    expect: { LEARNER: NF, MENTOR: NF, ADMIN: F, OWNER: F, ANON: U },
    prepare: async () => {
      const mentor = await createUser(server, { roles: [Role.MENTOR] });
      const mentee = await createUser(server);
      const m = await createMentorship(server, { mentorId: mentor.user.id, menteeId: mentee.user.id });
      return { variables: { input: { mentorshipId: toGlobalId('Mentorship', m.id), body: 'a note' } } };
    },
  },
  {
    row: R12,
    operation: "completeTask on another user's activity",
    query: mutation('completeTask', 'CompleteTaskInput', 'activity { id }'),
    expect: { LEARNER: NF, MENTOR: NF, ADMIN: NF, OWNER: NF, ANON: U },
    prepare: async () => {
      const other = await createUser(server);
      return { variables: { input: { activityId: await activityWithTask(server, other.user.id) } } };
    },
  },
  {
    row: R12,
    operation: "node(id) of another user's Notification (null)",
    query: `query ($id: ID!) { node(id: $id) { id } }`,
    hiddenAsNull: true,
    expect: { LEARNER: NF, MENTOR: NF, ADMIN: NF, OWNER: NF, ANON: U },
    prepare: async () => ({ variables: { id: await notificationFor(server, subject.user.id) } }),
  },
  {
    row: R12,
    operation: "node(id) of another user's UserActivity (null unless admin)",
    query: `query ($id: ID!) { node(id: $id) { id } }`,
    hiddenAsNull: true,
    expect: { LEARNER: NF, MENTOR: NF, ADMIN: A, OWNER: A },
    prepare: async () => ({ variables: { id: await activityOf(server, subject.user.id) } }),
  },
  {
    row: R12,
    operation: 'user(id) of a DELETED user',
    query: `query ($id: ID!) { user(id: $id) { id } }`,
    expect: { LEARNER: NF, MENTOR: NF, ADMIN: A, OWNER: A },
    prepare: async () => ({ variables: { id: (await createDeletedUser(server)).id } }),
  },

  // Anonymous callers: every other root field (skills and viewer are PUBLIC). Targets are made-up ids:
  // authentication is decided before any record is looked up.
  { row: R13, operation: 'skills (PUBLIC)', query: `{ skills(first: 3) { totalCount } }`, expect: { ANON: A } },
  { row: R13, operation: 'badges', query: `{ badges { name } }`, expect: ANON_ONLY },
  { row: R13, operation: 'exportMyData', query: `{ exportMyData }`, expect: ANON_ONLY },
  {
    row: R13,
    operation: 'mentorApplications',
    query: `{ mentorApplications(first: 1) { totalCount } }`,
    expect: ANON_ONLY,
  },
  {
    row: R13,
    operation: 'mentorSuggestions',
    query: `{ mentorSuggestions(first: 1) { totalCount } }`,
    expect: ANON_ONLY,
  },
  { row: R13, operation: 'mentorships', query: `{ mentorships(first: 1) { totalCount } }`, expect: ANON_ONLY },
  { row: R13, operation: 'notifications', query: `{ notifications(first: 1) { totalCount } }`, expect: ANON_ONLY },
  { row: R13, operation: 'tasks', query: `{ tasks(first: 1) { totalCount } }`, expect: ANON_ONLY },
  { row: R13, operation: 'virtualClasses', query: `{ virtualClasses(first: 1) { totalCount } }`, expect: ANON_ONLY },
  {
    row: R13,
    operation: 'nodes',
    query: `query ($ids: [ID!]!) { nodes(ids: $ids) { id } }`,
    expect: ANON_ONLY,
    prepare: async () => ({ variables: { ids: [subject.id] } }),
  },
  {
    row: R13,
    operation: 'signOutEverywhere',
    query: `mutation { signOutEverywhere { __typename } }`,
    expect: ANON_ONLY,
  },
  {
    row: R13,
    operation: 'completeProfile',
    query: `mutation { completeProfile { missingFields } }`,
    expect: ANON_ONLY,
  },
  { row: R13, operation: 'skipProfile', query: `mutation { skipProfile { user { id } } }`, expect: ANON_ONLY },
  {
    row: R13,
    operation: 'generateSuggestions',
    query: `mutation { generateSuggestions { suggestions { id } } }`,
    expect: ANON_ONLY,
  },
  ...(
    [
      ['respondToMentorship', 'RespondToMentorshipInput', 'mentorship { id }', { accept: true }],
      ['completeMentorship', 'CompleteMentorshipInput', 'mentorship { id }', {}],
      ['cancelMentorship', 'CancelMentorshipInput', 'mentorship { id }', {}],
      ['addMentorshipGoal', 'AddMentorshipGoalInput', 'mentorship { id }', { goal: 'Learn' }],
      ['markMessagesRead', 'MarkMessagesReadInput', 'markedCount', {}],
    ] as const
  ).map(([name, input, selection, extra]): Op => ({
    row: R13,
    operation: name,
    query: mutation(name, input, selection),
    expect: ANON_ONLY,
    prepare: async () => ({ variables: { input: { mentorshipId: someId('Mentorship'), ...extra } } }),
  })),
  {
    row: R13,
    operation: 'markNotificationsRead',
    query: mutation('markNotificationsRead', 'MarkNotificationsReadInput', 'markedCount'),
    expect: ANON_ONLY,
    prepare: async () => ({ variables: { input: {} } }),
  },
  {
    row: R13,
    operation: 'respondToSuggestion',
    query: mutation('respondToSuggestion', 'RespondToSuggestionInput', 'suggestion { id }'),
    expect: ANON_ONLY,
    prepare: async () => ({ variables: { input: { suggestionId: someId('Suggestion'), accept: false } } }),
  },
  {
    row: R13,
    operation: 'cancelClass',
    query: mutation('cancelClass', 'CancelClassInput', 'virtualClass { id }'),
    expect: ANON_ONLY,
    prepare: async () => ({ variables: { input: { classId: someId('VirtualClass') } } }),
  },
];

const CASES: Case[] = OPS.flatMap((op) =>
  (Object.entries(op.expect) as Array<[As, Outcome]>).map(([as, expected]) => ({
    row: op.row,
    operation: op.operation,
    as,
    expect: expected,
    op,
  })),
);

/** The root field an operation document selects first. */
function rootFieldOf(query: string): string {
  const def = parse(query).definitions[0];
  if (def.kind !== Kind.OPERATION_DEFINITION) throw new Error('not an operation');
  const sel = def.selectionSet.selections[0];
  if (sel.kind !== Kind.FIELD) throw new Error('not a field');
  return sel.name.value;
}

function valueAt(data: Data | null, path: readonly string[]): unknown {
  let value: unknown = data;
  for (const key of path) value = value === null || value === undefined ? value : (value as Data)[key];
  return value;
}

describe('SPEC §3 permission matrix', () => {
  it.each(CASES.map((c) => [`${c.row} · ${c.operation} · as ${c.as} → ${c.expect}`, c] as const))(
    '%s',
    async (_title, c) => {
      const me = await createActor(server, c.as);
      const { variables = {}, verify } = c.op.prepare ? await c.op.prepare(me) : {};
      const res = await server.client(c.as === 'ANON' ? undefined : me.token).request<Data>(c.op.query, variables);
      const root = [rootFieldOf(c.op.query)];
      const errors = (res.errors ?? []).map((e) => ({ code: e.extensions?.code, path: e.path }));

      if (c.expect === 'ALLOWED') {
        expect(errors).toEqual([]);
        const value = valueAt(res.data, c.op.field ?? root);
        if (!c.op.nullable) expect(value ?? null).not.toBeNull();
        verify?.(res.data ?? {});
        return;
      }
      if (c.expect === 'NOT_FOUND' && c.op.hiddenAsNull) {
        // Same answer as for an id that does not exist.
        expect(errors).toEqual([]);
        expect(valueAt(res.data, root)).toBeNull();
        return;
      }
      const fieldLevel = c.expect === 'FORBIDDEN' && c.op.field !== undefined;
      const path = fieldLevel && c.op.field ? c.op.field : root;
      expect(errors).toEqual([{ code: c.expect, path }]);
      if (fieldLevel) {
        // Only that field is withheld: the object itself (the public card) is still returned.
        expect(valueAt(res.data, path)).toBeNull();
        expect(valueAt(res.data, [...path.slice(0, -1), 'displayName'])).toEqual(expect.any(String));
      }
    },
  );

  it('walks every Query and Mutation root field as anonymous, expecting what its @auth rule says', async () => {
    const schema = await createSchema(server.env);
    const roots = [schema.getQueryType(), schema.getMutationType()].filter((t): t is GraphQLObjectType => Boolean(t));
    const rules = new Map<string, string>();
    for (const root of roots) {
      for (const field of Object.values(root.getFields())) {
        rules.set(field.name, String(getDirective(schema, field, 'auth')?.[0]?.requires));
      }
    }
    const anon = new Map(CASES.filter((c) => c.as === 'ANON').map((c) => [rootFieldOf(c.op.query), c.expect]));
    expect([...rules.keys()].filter((name) => !anon.has(name)).sort()).toEqual([]);
    for (const [name, outcome] of anon) {
      expect({ name, outcome }).toEqual({
        name,
        outcome: rules.get(name) === 'PUBLIC' ? 'ALLOWED' : 'UNAUTHENTICATED',
      });
    }
  });
});

describe('roles are evaluated at request time (SPEC §3)', () => {
  const CREATE_TASK = mutation('createTask', 'CreateTaskInput', 'task { id }');
  const TASK_INPUT = { input: { title: 'Later', content: '# x', type: 'VIDEO', difficulty: 'HARD' } };
  const AUDIT_LOG = `{ auditLog(first: 1) { totalCount } }`;

  it('a MENTOR window starting in an hour gives FORBIDDEN now and works once it has started, same token', async () => {
    const admin = await createActor(server, 'ADMIN');
    const learner = await createActor(server, 'LEARNER');
    await server.client(admin.token).ok(ASSIGN, {
      input: { userId: learner.id, role: 'MENTOR', effectiveStartDate: future(1) },
    });
    const client = server.client(learner.token);
    expect(await client.errorCode(CREATE_TASK, TASK_INPUT)).toBe('FORBIDDEN');
    server.advanceClock(2 * HOUR);
    const data = await client.ok<{ createTask: { task: { id: string } } }>(CREATE_TASK, TASK_INPUT);
    expect(data.createTask.task.id).toEqual(expect.any(String));
  });

  it('an ADMIN whose role an OWNER revokes gets FORBIDDEN on the very next request, same token', async () => {
    const owner = await createActor(server, 'OWNER');
    const admin = await createActor(server, 'ADMIN');
    const client = server.client(admin.token);
    await client.ok(AUDIT_LOG);
    await server.client(owner.token).ok(REVOKE, {
      input: { userRoleId: await roleWindowId(server, admin.user.id, Role.ADMIN) },
    });
    expect(await client.errorCode(AUDIT_LOG)).toBe('FORBIDDEN');
  });
});
