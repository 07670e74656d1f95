import type { ReadModel } from '../../common/read-plan/model';
import { User } from './user.entity';

export const userReads: ReadModel[] = [
  {
    type: 'User',
    entity: User,
    needs: { displayName: ['firstName', 'lastName', 'email'] },
    // Deleted users exist only for admins (visibleUser).
    always: ['status'],
  },
];
