import { activityNodes, activityResolvers } from '../modules/activity';
import { auditNodes, auditResolvers } from '../modules/audit';
import { badgeNodes, badgeResolvers } from '../modules/badge';
import { mentorApplicationNodes, mentorApplicationResolvers } from '../modules/mentor-application';
import { mentorshipNodes, mentorshipResolvers } from '../modules/mentorship';
import { messageNodes, messageResolvers } from '../modules/message';
import { notificationNodes, notificationResolvers } from '../modules/notification';
import { roleNodes, roleResolvers } from '../modules/role';
import { skillNodes, skillResolvers } from '../modules/skill';
import { statsNodes, statsResolvers } from '../modules/stats';
import { suggestionNodes, suggestionResolvers } from '../modules/suggestion';
import { taskNodes, taskResolvers } from '../modules/task';
import { userNodes, userResolvers } from '../modules/user';
import { virtualClassNodes, virtualClassResolvers } from '../modules/virtual-class';
import type { NodeFetchers } from './node-fetchers';

/** Every feature module's resolvers. */
export const moduleResolvers: Function[] = [
  ...userResolvers,
  ...roleResolvers,
  ...skillResolvers,
  ...taskResolvers,
  ...virtualClassResolvers,
  ...activityResolvers,
  ...mentorshipResolvers,
  ...suggestionResolvers,
  ...messageResolvers,
  ...badgeResolvers,
  ...mentorApplicationResolvers,
  ...notificationResolvers,
  ...auditResolvers,
  ...statsResolvers,
];

/** Node type name → fetcher, for `node` and `nodes`. */
export const nodeFetchers: NodeFetchers = {
  ...userNodes,
  ...roleNodes,
  ...skillNodes,
  ...taskNodes,
  ...virtualClassNodes,
  ...activityNodes,
  ...mentorshipNodes,
  ...suggestionNodes,
  ...messageNodes,
  ...badgeNodes,
  ...mentorApplicationNodes,
  ...notificationNodes,
  ...auditNodes,
  ...statsNodes,
};
