export type PossibleTypesResultData = {
  possibleTypes: {
    Node: [
      'AuditLog',
      'Badge',
      'EarnedBadge',
      'MentorApplication',
      'Mentorship',
      'MentorshipNote',
      'Message',
      'Notification',
      'Skill',
      'Suggestion',
      'Task',
      'User',
      'UserActivity',
      'UserRole',
      'VirtualClass',
    ];
    NotificationDetails: [
      'ApplicationReviewedDetails',
      'BadgeEarnedDetails',
      'ClassCancelledDetails',
      'MentorshipRequestedDetails',
      'MentorshipUpdatedDetails',
      'ProfileReminderDetails',
      'RoleChangedDetails',
    ];
  };
};
const result: PossibleTypesResultData = {
  possibleTypes: {
    Node: [
      'AuditLog',
      'Badge',
      'EarnedBadge',
      'MentorApplication',
      'Mentorship',
      'MentorshipNote',
      'Message',
      'Notification',
      'Skill',
      'Suggestion',
      'Task',
      'User',
      'UserActivity',
      'UserRole',
      'VirtualClass',
    ],
    NotificationDetails: [
      'ApplicationReviewedDetails',
      'BadgeEarnedDetails',
      'ClassCancelledDetails',
      'MentorshipRequestedDetails',
      'MentorshipUpdatedDetails',
      'ProfileReminderDetails',
      'RoleChangedDetails',
    ],
  },
};
export default result;
