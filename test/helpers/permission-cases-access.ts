import { toGlobalId } from '../../src/common/global-id';
import { Role } from '../../src/modules/role/role';
import { createUser } from './factories';
import { activityOf, activityWithTask, createDeletedUser, notificationFor } from './matrix-fixtures';
import { createMentorship } from './mentorship-factories';
import { A, ANON_ONLY, F, NF, U, mutation, someId, type Op } from './permission-matrix';

const R12 = 'Records the caller may not see';
const R13 = 'Anonymous callers';

/** SPEC §3: records the caller may not see, and every other root field as an anonymous caller. */
export const ACCESS_CASES: Op[] = [
  // Records the caller may not see
  {
    row: R12,
    operation: "sendMessage on someone else's mentorship",
    query: mutation('sendMessage', 'SendMessageInput', 'message { id }'),
    // Message threads are members-only, for admins too (SPEC §2 Message).
    expect: { LEARNER: NF, MENTOR: NF, ADMIN: NF, OWNER: NF, ANON: U },
    prepare: async (_me, { server }) => {
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
    prepare: async (_me, { server }) => {
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
    prepare: async (_me, { server }) => {
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
    prepare: async (_me, { server, subject }) => ({
      variables: { id: await notificationFor(server, subject.user.id) },
    }),
  },
  {
    row: R12,
    operation: "node(id) of another user's UserActivity (null unless admin)",
    query: `query ($id: ID!) { node(id: $id) { id } }`,
    hiddenAsNull: true,
    expect: { LEARNER: NF, MENTOR: NF, ADMIN: A, OWNER: A },
    prepare: async (_me, { server, subject }) => ({ variables: { id: await activityOf(server, subject.user.id) } }),
  },
  {
    row: R12,
    operation: 'user(id) of a DELETED user',
    query: `query ($id: ID!) { user(id: $id) { id } }`,
    expect: { LEARNER: NF, MENTOR: NF, ADMIN: A, OWNER: A },
    prepare: async (_me, { server }) => ({ variables: { id: (await createDeletedUser(server)).id } }),
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
    prepare: async (_me, { subject }) => ({ variables: { ids: [subject.id] } }),
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
