import { connectionType } from '../../common/pagination';
import { Mentorship } from './mentorship.entity';

export const MentorshipConnection = connectionType(Mentorship);
