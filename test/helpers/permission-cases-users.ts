import { toGlobalId } from '../../src/common/global-id';
import { MentorshipStatus } from '../../src/modules/mentorship/mentorship.entity';
import { grantRole } from '../../src/modules/role/role.service';
import { Role } from '../../src/modules/role/role';
import { HOUR } from './class-factories';
import { createUser, manager } from './factories';
import { createActor, createDeletedUser } from './matrix-fixtures';
import { createMentorship } from './mentorship-factories';
import {
  A,
  ADMIN_UP,
  EVERYONE,
  F,
  OWNER_ONLY,
  REVOKE,
  U,
  assignOp,
  bulkOp,
  mutation,
  revokeOp,
  type Op,
} from './permission-matrix';

const R1 = 'View/edit own profile';
const R2 = "View others' public card";
const R3 = "View others' private fields";
const R4 = 'Edit/suspend/delete/restore others';
const R5 = 'Assign/revoke LEARNER/MENTOR';
const R6 = 'Assign/revoke ADMIN/OWNER';

const userField = (field: string): string => `query ($id: ID!) { user(id: $id) { id displayName ${field} } }`;

const USER_PRIVATE = [
  ['email', 'email'],
  ['phone', 'phone'],
  ['address', 'address'],
  ['roles', 'roles { role effectiveStartDate }'],
  ['activities', 'activities(first: 5) { totalCount }'],
] as const;

/** SPEC §3 rows 1–6: profiles, other users, and role assignment. */
export const USER_CASES: Op[] = [
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
  {
    row: R1,
    operation: 'rotateIcsFeedUrl, then viewer { icsFeedUrl }',
    query: `mutation { rotateIcsFeedUrl { icsFeedUrl viewer { id icsFeedUrl } } }`,
    expect: EVERYONE,
    prepare: async (me) => ({
      verify: (data) =>
        expect(data.rotateIcsFeedUrl).toEqual({
          icsFeedUrl: expect.stringMatching(/\/calendar\/[A-Za-z0-9_-]{43}\.ics$/),
          viewer: { id: me.id, icsFeedUrl: (data.rotateIcsFeedUrl as { icsFeedUrl: string }).icsFeedUrl },
        }),
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
    prepare: async (_me, { subject }) => ({
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
    prepare: async (_me, { subject }) => ({ variables: { id: subject.id } }),
  })),
  {
    row: R3,
    operation: 'user(id) { icsFeedUrl } of someone else (SELF: admins and owners too are refused)',
    query: userField('icsFeedUrl'),
    field: ['user', 'icsFeedUrl'],
    expect: { LEARNER: F, MENTOR: F, ADMIN: F, OWNER: F, ANON: U },
    prepare: async (_me, { server, subject }) => {
      await server.client(subject.token).ok(`mutation { rotateIcsFeedUrl { icsFeedUrl } }`);
      return { variables: { id: subject.id } };
    },
  },
  {
    row: R3,
    operation: 'user(id) { email } of own ACTIVE mentee',
    query: userField('email'),
    field: ['user', 'email'],
    // LEARNER here has the mentorship but no MENTOR role (see the next op for that case); admins see any email.
    expect: { MENTOR: A, ADMIN: A, OWNER: A },
    prepare: async (me, { server }) => {
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
    prepare: async (me, { server }) => {
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
    prepare: async (me, { server }) => {
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
    prepare: async (me, { server }) => {
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
    prepare: async (_me, { server }) => ({
      variables: { input: { id: (await createUser(server)).id, city: 'Quito' } },
    }),
  },
  {
    row: R4,
    operation: 'setUserStatus SUSPENDED',
    query: mutation('setUserStatus', 'SetUserStatusInput', 'user { id status }'),
    expect: ADMIN_UP,
    prepare: async (_me, { server }) => ({
      variables: { input: { id: (await createUser(server)).id, status: 'SUSPENDED', reason: 'spam' } },
    }),
  },
  {
    row: R4,
    operation: 'deleteUser',
    query: mutation('deleteUser', 'DeleteUserInput', 'user { id status }'),
    expect: ADMIN_UP,
    prepare: async (_me, { server }) => ({
      variables: { input: { id: (await createUser(server)).id, reason: 'spam' } },
    }),
  },
  {
    row: R4,
    operation: 'restoreUser',
    query: mutation('restoreUser', 'RestoreUserInput', 'user { id status }'),
    expect: ADMIN_UP,
    prepare: async (_me, { server }) => ({ variables: { input: { id: (await createDeletedUser(server)).id } } }),
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
];
