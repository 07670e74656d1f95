import { one, type ReadModel } from '../../common/read-plan/model';
import { Mentorship } from './mentorship.entity';

export const mentorshipReads: ReadModel[] = [
  {
    type: 'Mentorship',
    entity: Mentorship,
    relations: { mentor: one('User', 'mentorId'), mentee: one('User', 'menteeId') },
  },
];
