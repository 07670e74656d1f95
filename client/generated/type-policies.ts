import type { TypePolicies } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

/** Relay-style pagination for every connection field, keyed by its non-cursor arguments. */
export const typePolicies: TypePolicies = {
  Mentorship: {
    fields: {
      messages: relayStylePagination(false),
    },
  },
  Query: {
    fields: {
      auditLog: relayStylePagination(['filter']),
      mentorApplications: relayStylePagination(['status']),
      mentorships: relayStylePagination(['filter']),
      mentorSuggestions: relayStylePagination(false),
      notifications: relayStylePagination(['unreadOnly']),
      skills: relayStylePagination(false),
      tasks: relayStylePagination(['filter']),
      users: relayStylePagination(['filter', 'orderBy']),
      virtualClasses: relayStylePagination(['filter']),
    },
  },
  User: {
    fields: {
      activities: relayStylePagination(false),
      mentorships: relayStylePagination(false),
    },
  },
  VirtualClass: {
    fields: {
      participants: relayStylePagination(false),
    },
  },
};
