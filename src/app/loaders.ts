import type { EntityManager } from 'typeorm';
import { createActivityLoaders } from '../modules/activity/activity.loaders';
import { createAuditLoaders } from '../modules/audit/audit.loaders';
import { createBadgeLoaders } from '../modules/badge/badge.loaders';
import { createMentorApplicationLoaders } from '../modules/mentor-application/mentor-application.loaders';
import { createMentorshipLoaders } from '../modules/mentorship/mentorship.loaders';
import { createMessageLoaders } from '../modules/message/message.loaders';
import { createNotificationLoaders } from '../modules/notification/notification.loaders';
import { createRoleLoaders } from '../modules/role/role.loaders';
import { createSkillLoaders } from '../modules/skill/skill.loaders';
import { createStatsLoaders } from '../modules/stats/stats.loaders';
import { createSuggestionLoaders } from '../modules/suggestion/suggestion.loaders';
import { createTaskLoaders } from '../modules/task/task.loaders';
import { createUserLoaders } from '../modules/user/user.loaders';
import { createVirtualClassLoaders } from '../modules/virtual-class/virtual-class.loaders';

/** Every DataLoader of one request; built per request, never shared. */
export function createLoaders(db: EntityManager) {
  return {
    ...createUserLoaders(db),
    ...createRoleLoaders(db),
    ...createSkillLoaders(db),
    ...createTaskLoaders(db),
    ...createVirtualClassLoaders(db),
    ...createActivityLoaders(db),
    ...createMentorshipLoaders(db),
    ...createSuggestionLoaders(db),
    ...createMessageLoaders(db),
    ...createBadgeLoaders(db),
    ...createMentorApplicationLoaders(db),
    ...createNotificationLoaders(db),
    ...createAuditLoaders(db),
    ...createStatsLoaders(db),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
