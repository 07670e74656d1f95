import { one, pageWhere, type ReadModel } from '../../common/read-plan/model';
import { Mentorship } from './mentorship.entity';

export const mentorshipReads: ReadModel[] = [
  {
    type: 'Mentorship',
    entity: Mentorship,
    relations: { mentor: one('User', 'mentorId'), mentee: one('User', 'menteeId') },
  },
  {
    type: 'User',
    relations: {
      mentorships: pageWhere(
        'Mentorship',
        (m, user) => `(${m}."mentor_id" = ${user}."id" OR ${m}."mentee_id" = ${user}."id")`,
        [
          { property: 'createdAt', desc: true },
          { property: 'id', desc: true },
        ],
      ),
    },
  },
];
