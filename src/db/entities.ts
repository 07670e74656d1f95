import { UserActivity } from '../modules/activity/user-activity.entity';
import { AuditLog } from '../modules/audit/audit-log.entity';
import { Badge } from '../modules/badge/badge.entity';
import { EarnedBadge } from '../modules/badge/earned-badge.entity';
import { MentorApplication } from '../modules/mentor-application/mentor-application.entity';
import { Mentorship } from '../modules/mentorship/mentorship.entity';
import { MentorshipNote } from '../modules/mentorship/mentorship-note.entity';
import { Message } from '../modules/message/message.entity';
import { Notification } from '../modules/notification/notification.entity';
import { UserRole } from '../modules/role/user-role.entity';
import { Skill } from '../modules/skill/skill.entity';
import { Suggestion } from '../modules/suggestion/suggestion.entity';
import { Task } from '../modules/task/task.entity';
import { Account } from '../modules/user/account.entity';
import { User } from '../modules/user/user.entity';
import { VirtualClass } from '../modules/virtual-class/virtual-class.entity';

export const entities = [
  User,
  Account,
  UserRole,
  Skill,
  Task,
  VirtualClass,
  UserActivity,
  Mentorship,
  MentorshipNote,
  Suggestion,
  Message,
  Badge,
  EarnedBadge,
  MentorApplication,
  Notification,
  AuditLog,
];
