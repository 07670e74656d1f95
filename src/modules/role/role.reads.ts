import { many, one, type OrderKey, type ReadModel } from '../../common/read-plan/model';
import { UserRole } from './user-role.entity';

/** A user's role windows: oldest first. */
export const ROLE_ORDER: OrderKey[] = [{ property: 'effectiveStartDate' }, { property: 'id' }];

export const roleReads: ReadModel[] = [
  {
    type: 'UserRole',
    entity: UserRole,
    relations: { user: one('User', 'userId'), assignedBy: one('User', 'assignedById') },
  },
  {
    type: 'User',
    relations: { roles: many('UserRole', 'userId', ROLE_ORDER) },
  },
];
