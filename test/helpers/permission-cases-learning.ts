import { toGlobalId } from '../../src/common/global-id';
import { MentorApplicationStatus } from '../../src/modules/mentor-application/mentor-application.entity';
import { Role } from '../../src/modules/role/role';
import { insertClass, insertTask } from './class-factories';
import { createUser, findSkill } from './factories';
import { activityWithTask, uniqueSkillName } from './matrix-fixtures';
import { A, ADMIN_UP, EVERYONE, MENTOR_UP, U, inHours, mutation, type Op } from './permission-matrix';
import { createApplication } from './stats-factories';

const R7 = 'Create tasks; complete hosted classes';
const R8 = 'Edit or delete a task';
const R9 = 'Book/join/leave; complete own tasks; request mentorship; apply';
const R10 = 'Review applications; audit log; stats';
const R11 = 'System configuration';

/** SPEC §3 rows 7–11: tasks, classes, mentorships and applications, review, and system configuration. */
export const LEARNING_CASES: Op[] = [
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
    prepare: async (me, { server }) => {
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
    prepare: async (_me, { server }) => {
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
        prepare: async (me, { server }) => ({ variables: { input: input((await insertTask(server, me.user.id)).id) } }),
      },
      {
        row: R8,
        operation: `${name} of another author's task`,
        query,
        expect: ADMIN_UP,
        prepare: async (_me, { server }) => {
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
    prepare: async (_me, { server }) => ({
      variables: {
        input: {
          title: 'Pairing',
          startsAt: inHours(server),
          durationMinutes: 60,
          classType: 'GRUPAL',
          maxParticipants: 5,
        },
      },
    }),
  },
  {
    row: R9,
    operation: 'joinClass',
    query: mutation('joinClass', 'JoinClassInput', 'virtualClass { id currentParticipants }'),
    expect: EVERYONE,
    prepare: async (_me, { server }) => {
      const host = await createUser(server);
      return { variables: { input: { classId: (await insertClass(server, { hostId: host.user.id })).id } } };
    },
  },
  {
    row: R9,
    operation: 'leaveClass',
    query: mutation('leaveClass', 'LeaveClassInput', 'virtualClass { id currentParticipants }'),
    expect: EVERYONE,
    prepare: async (me, { server }) => {
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
    prepare: async (me, { server }) => ({
      variables: { input: { activityId: await activityWithTask(server, me.user.id) } },
    }),
  },
  {
    row: R9,
    operation: 'requestMentorship',
    query: mutation('requestMentorship', 'RequestMentorshipInput', 'mentorship { id status }'),
    expect: EVERYONE,
    prepare: async (_me, { server }) => {
      const mentor = await createUser(server, { roles: [Role.MENTOR] });
      return { variables: { input: { mentorId: mentor.id, goals: ['Ship it'] } } };
    },
  },
  {
    row: R9,
    operation: 'applyForMentor (CONFLICT by rule for a current MENTOR)',
    query: mutation('applyForMentor', 'ApplyForMentorInput', 'application { id status }'),
    expect: { LEARNER: A, MENTOR: 'CONFLICT', ADMIN: A, OWNER: A, ANON: U },
    prepare: async (_me, { server }) => {
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
    prepare: async (_me, { server }) => {
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
  {
    row: R11,
    operation: 'googleCalendarIntegration',
    query: `{ googleCalendarIntegration { configured connected } }`,
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
];
