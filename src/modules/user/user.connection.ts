import { connectionType } from '../../common/pagination';
import { User } from './user.entity';

export const UserConnection = connectionType(User);
