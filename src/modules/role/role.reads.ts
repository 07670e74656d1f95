import { many, one, type ReadModel } from '../../common/read-plan/model';
import { UserRole } from './user-role.entity';

export const roleReads: ReadModel[] = [
  {
    type: 'UserRole',
    entity: UserRole,
    relations: { user: one('User', 'userId'), assignedBy: one('User', 'assignedById') },
  },
  {
    type: 'User',
    relations: { roles: many('UserRole', 'userId', [{ property: 'effectiveStartDate' }, { property: 'id' }]) },
  },
];
