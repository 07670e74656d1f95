import { registerEnumType } from 'type-graphql';

/** The platform roles; a user holds each over time windows (see UserRole). */
export enum Role {
  LEARNER = 'LEARNER',
  MENTOR = 'MENTOR',
  ADMIN = 'ADMIN',
  OWNER = 'OWNER',
}
registerEnumType(Role, {
  name: 'Role',
  description: 'A platform role, held over a time window.',
  valuesConfig: {
    LEARNER: {
      description: 'Books and joins classes, completes tasks, asks for mentorship. Every user from sign-up on.',
    },
    MENTOR: { description: 'Also creates tasks, completes the classes they host and mentors learners.' },
    ADMIN: { description: 'Runs the platform: users, LEARNER/MENTOR roles, applications, audit log, catalog.' },
    OWNER: { description: 'An admin who also assigns and revokes ADMIN and OWNER.' },
  },
});
