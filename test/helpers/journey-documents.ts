/** The GraphQL documents of the journey (test/journey.test.ts) and the shapes of their answers. */

export const SKILLS = `{ skills(first: 20) { nodes { id slug name } } }`;
export const UPDATE_PROFILE = `mutation ($input: UpdateProfileInput!) {
  updateProfile(input: $input) {
    user { id profileComplete mentorSkills { slug } menteeSkills { slug } }
  }
}`;

const CLASS_FIELDS = `id status currentParticipants maxParticipants startsAt endsAt
  host { id } participants(first: 10) { nodes { id } } task { id title }`;
export const BOOK_CLASS = `mutation ($input: BookClassInput!) { bookClass(input: $input) { virtualClass { ${CLASS_FIELDS} } } }`;
export const JOIN_CLASS = `mutation ($input: JoinClassInput!) {
  joinClass(input: $input) { activity { id rol } virtualClass { id currentParticipants } }
}`;
export const COMPLETE_CLASS = `mutation ($input: CompleteClassInput!) {
  completeClass(input: $input) { virtualClass { ${CLASS_FIELDS} completedAt } }
}`;
export const CLASS_NODE = `query ($id: ID!) { node(id: $id) { ... on VirtualClass { ${CLASS_FIELDS} } } }`;
export const PENDING_CLASSES = `{ virtualClasses(first: 10, filter: { status: PENDING }) { nodes { id status } } }`;
export const CREATE_TASK = `mutation ($input: CreateTaskInput!) { createTask(input: $input) { task { id title author { id } } } }`;
export const COMPLETE_TASK = `mutation ($input: CompleteTaskInput!) {
  completeTask(input: $input) { activity { id taskCompletedAt task { id } } }
}`;

export const MY_ACTIVITIES = `{
  viewer {
    id totalClasses
    activities(first: 5) {
      nodes { id rol completed taskCompletedAt task { id title } virtualClass { id } }
    }
  }
}`;
export const MY_BADGES = `{
  viewer { earnedBadges { badge { name } } badgeProgress { earned total } unreadNotificationCount }
}`;
export const MY_NOTIFICATIONS = `{
  notifications(first: 20) { totalCount nodes { id kind payload readAt } }
}`;
export const MARK_NOTIFICATIONS_READ = `mutation { markNotificationsRead(input: {}) { markedCount viewer { unreadNotificationCount } } }`;

const SUGGESTION_FIELDS = 'id score status mentor { id } mentee { id } sharedSkills { name }';
export const GENERATE_SUGGESTIONS = `mutation { generateSuggestions { suggestions { ${SUGGESTION_FIELDS} } } }`;
export const RESPOND_TO_SUGGESTION = `mutation ($input: RespondToSuggestionInput!) {
  respondToSuggestion(input: $input) {
    suggestion { id status }
    mentorship { id status mentor { id } mentee { id } }
  }
}`;
const MENTORSHIP_FIELDS = 'id status startedAt endedAt mentor { id } mentee { id }';
export const RESPOND_TO_MENTORSHIP = `mutation ($input: RespondToMentorshipInput!) {
  respondToMentorship(input: $input) { mentorship { ${MENTORSHIP_FIELDS} } }
}`;
export const COMPLETE_MENTORSHIP = `mutation ($input: CompleteMentorshipInput!) {
  completeMentorship(input: $input) { mentorship { ${MENTORSHIP_FIELDS} } }
}`;

export const SEND_MESSAGE = `mutation ($input: SendMessageInput!) {
  sendMessage(input: $input) { message { id content sentAt sender { id } } }
}`;
export const THREAD = `query ($id: ID!) {
  node(id: $id) { ... on Mentorship { unreadCount messages(first: 10) { totalCount nodes { id content sentAt sender { id } } } } }
}`;
export const MY_UNREAD_MESSAGES = `{ viewer { unreadMessageCount } }`;
export const MARK_MESSAGES_READ = `mutation ($input: MarkMessagesReadInput!) {
  markMessagesRead(input: $input) { markedCount mentorship { id unreadCount } }
}`;

export const AUDIT_LOG = `query ($filter: AuditLogFilter) {
  auditLog(first: 100, filter: $filter) {
    totalCount nodes { id action targetType targetId actor { id } before after createdAt }
  }
}`;
export const PLATFORM_STATS = `{
  platformStats(period: WEEK) {
    totalUsers newRegistrations
    roleDistribution { role count }
    registrationsSeries { date count }
  }
}`;

// Response shapes

export interface ClassData {
  id: string;
  status: string;
  currentParticipants: number;
  maxParticipants: number;
  startsAt: string;
  endsAt: string;
  host: { id: string };
  participants: { nodes: Array<{ id: string }> };
  task: { id: string; title: string } | null;
  completedAt?: string | null;
}
export interface ActivityData {
  id: string;
  rol: string;
  completed: boolean;
  taskCompletedAt: string | null;
  task: { id: string; title: string } | null;
  virtualClass: { id: string };
}
export interface MyActivities {
  viewer: { id: string; totalClasses: number; activities: { nodes: ActivityData[] } };
}
export interface MyBadges {
  viewer: {
    earnedBadges: Array<{ badge: { name: string } }>;
    badgeProgress: { earned: number; total: number };
    unreadNotificationCount: number;
  };
}
export interface NotificationData {
  id: string;
  kind: string;
  payload: Record<string, unknown>;
  readAt: string | null;
}
export interface SuggestionData {
  id: string;
  score: number;
  status: string;
  mentor: { id: string };
  mentee: { id: string };
  sharedSkills: Array<{ name: string }>;
}
export interface MentorshipData {
  id: string;
  status: string;
  startedAt: string | null;
  endedAt: string | null;
  mentor: { id: string };
  mentee: { id: string };
}
export interface MessageData {
  id: string;
  content: string;
  sentAt: string;
  sender: { id: string };
}
export interface AuditEntryData {
  id: string;
  action: string;
  targetType: string | null;
  targetId: string | null;
  actor: { id: string } | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  createdAt: string;
}
export interface PlatformStatsData {
  totalUsers: number;
  newRegistrations: number;
  roleDistribution: Array<{ role: string; count: number }>;
  registrationsSeries: Array<{ date: string; count: number }>;
}
