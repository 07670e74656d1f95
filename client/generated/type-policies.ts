import type { TypePolicies } from '@apollo/client';
import { connectionPagination } from '../connection-pagination';

/** Pagination for every connection field, keyed by its non-cursor arguments. */
export const typePolicies: TypePolicies = {
  Mentorship: {
    fields: {
      messages: connectionPagination(false),
    },
  },
  Query: {
    fields: {
      auditLog: connectionPagination(['filter']),
      mentorApplications: connectionPagination(['status']),
      mentorships: connectionPagination(['filter']),
      mentorSuggestions: connectionPagination(false),
      notifications: connectionPagination(['unreadOnly']),
      skills: connectionPagination(false),
      tasks: connectionPagination(['filter']),
      users: connectionPagination(['filter', 'orderBy']),
      virtualClasses: connectionPagination(['filter']),
    },
  },
  User: {
    fields: {
      activities: connectionPagination(false),
      mentorships: connectionPagination(false),
    },
  },
  VirtualClass: {
    fields: {
      participants: connectionPagination(false),
    },
  },
};
