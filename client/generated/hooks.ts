import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import * as Operations from './graphql';

export function useAddMentorshipGoalMutation(
  options: useMutation.Options<
    Operations.AddMentorshipGoalMutation,
    Operations.AddMentorshipGoalMutationVariables
  > = {},
) {
  return useMutation(Operations.AddMentorshipGoalDocument, options);
}

export function useAddMentorshipNoteMutation(
  options: useMutation.Options<
    Operations.AddMentorshipNoteMutation,
    Operations.AddMentorshipNoteMutationVariables
  > = {},
) {
  return useMutation(Operations.AddMentorshipNoteDocument, options);
}

export function useAdminUsersQuery(
  options: useQuery.Options<Operations.AdminUsersQuery, Operations.AdminUsersQueryVariables> = {},
) {
  return useQuery(Operations.AdminUsersDocument, options);
}

export function useApplyForMentorMutation(
  options: useMutation.Options<Operations.ApplyForMentorMutation, Operations.ApplyForMentorMutationVariables> = {},
) {
  return useMutation(Operations.ApplyForMentorDocument, options);
}

export function useAssignRoleMutation(
  options: useMutation.Options<Operations.AssignRoleMutation, Operations.AssignRoleMutationVariables> = {},
) {
  return useMutation(Operations.AssignRoleDocument, options);
}

export function useAuditLogQuery(
  options: useQuery.Options<Operations.AuditLogQuery, Operations.AuditLogQueryVariables> = {},
) {
  return useQuery(Operations.AuditLogDocument, options);
}

export function useBookClassMutation(
  options: useMutation.Options<Operations.BookClassMutation, Operations.BookClassMutationVariables> = {},
) {
  return useMutation(Operations.BookClassDocument, options);
}

export function useCalendarFeedUrlQuery(
  options: useQuery.Options<Operations.CalendarFeedUrlQuery, Operations.CalendarFeedUrlQueryVariables> = {},
) {
  return useQuery(Operations.CalendarFeedUrlDocument, options);
}

export function useCancelClassMutation(
  options: useMutation.Options<Operations.CancelClassMutation, Operations.CancelClassMutationVariables> = {},
) {
  return useMutation(Operations.CancelClassDocument, options);
}

export function useClassDetailQuery(
  options: useQuery.Options<Operations.ClassDetailQuery, Operations.ClassDetailQueryVariables>,
) {
  return useQuery(Operations.ClassDetailDocument, options);
}

export function useClassListQuery(
  options: useQuery.Options<Operations.ClassListQuery, Operations.ClassListQueryVariables> = {},
) {
  return useQuery(Operations.ClassListDocument, options);
}

export function useCompleteMentorshipMutation(
  options: useMutation.Options<
    Operations.CompleteMentorshipMutation,
    Operations.CompleteMentorshipMutationVariables
  > = {},
) {
  return useMutation(Operations.CompleteMentorshipDocument, options);
}

export function useCompleteProfileMutation(
  options: useMutation.Options<Operations.CompleteProfileMutation, Operations.CompleteProfileMutationVariables> = {},
) {
  return useMutation(Operations.CompleteProfileDocument, options);
}

export function useCompleteTaskMutation(
  options: useMutation.Options<Operations.CompleteTaskMutation, Operations.CompleteTaskMutationVariables> = {},
) {
  return useMutation(Operations.CompleteTaskDocument, options);
}

export function useDevSignInMutation(
  options: useMutation.Options<Operations.DevSignInMutation, Operations.DevSignInMutationVariables> = {},
) {
  return useMutation(Operations.DevSignInDocument, options);
}

export function useGenerateSuggestionsMutation(
  options: useMutation.Options<
    Operations.GenerateSuggestionsMutation,
    Operations.GenerateSuggestionsMutationVariables
  > = {},
) {
  return useMutation(Operations.GenerateSuggestionsDocument, options);
}

export function useGoogleCalendarIntegrationQuery(
  options: useQuery.Options<
    Operations.GoogleCalendarIntegrationQuery,
    Operations.GoogleCalendarIntegrationQueryVariables
  > = {},
) {
  return useQuery(Operations.GoogleCalendarIntegrationDocument, options);
}

export function useInboxQuery(options: useQuery.Options<Operations.InboxQuery, Operations.InboxQueryVariables> = {}) {
  return useQuery(Operations.InboxDocument, options);
}

export function useJoinClassMutation(
  options: useMutation.Options<Operations.JoinClassMutation, Operations.JoinClassMutationVariables> = {},
) {
  return useMutation(Operations.JoinClassDocument, options);
}

export function useLeaveClassMutation(
  options: useMutation.Options<Operations.LeaveClassMutation, Operations.LeaveClassMutationVariables> = {},
) {
  return useMutation(Operations.LeaveClassDocument, options);
}

export function useMarkMessagesReadMutation(
  options: useMutation.Options<Operations.MarkMessagesReadMutation, Operations.MarkMessagesReadMutationVariables> = {},
) {
  return useMutation(Operations.MarkMessagesReadDocument, options);
}

export function useMarkNotificationsReadMutation(
  options: useMutation.Options<
    Operations.MarkNotificationsReadMutation,
    Operations.MarkNotificationsReadMutationVariables
  > = {},
) {
  return useMutation(Operations.MarkNotificationsReadDocument, options);
}

export function useMentorshipUpdatedSubscription(
  options: useSubscription.Options<
    Operations.MentorshipUpdatedSubscription,
    Operations.MentorshipUpdatedSubscriptionVariables
  > = {},
) {
  return useSubscription(Operations.MentorshipUpdatedDocument, options);
}

export function useMentorSuggestionsQuery(
  options: useQuery.Options<Operations.MentorSuggestionsQuery, Operations.MentorSuggestionsQueryVariables> = {},
) {
  return useQuery(Operations.MentorSuggestionsDocument, options);
}

export function useMyMentorApplicationsQuery(
  options: useQuery.Options<Operations.MyMentorApplicationsQuery, Operations.MyMentorApplicationsQueryVariables> = {},
) {
  return useQuery(Operations.MyMentorApplicationsDocument, options);
}

export function useMyProfileQuery(
  options: useQuery.Options<Operations.MyProfileQuery, Operations.MyProfileQueryVariables> = {},
) {
  return useQuery(Operations.MyProfileDocument, options);
}

export function useNotificationAddedSubscription(
  options: useSubscription.Options<
    Operations.NotificationAddedSubscription,
    Operations.NotificationAddedSubscriptionVariables
  > = {},
) {
  return useSubscription(Operations.NotificationAddedDocument, options);
}

export function useNotificationsQuery(
  options: useQuery.Options<Operations.NotificationsQuery, Operations.NotificationsQueryVariables> = {},
) {
  return useQuery(Operations.NotificationsDocument, options);
}

export function usePendingApplicationsQuery(
  options: useQuery.Options<Operations.PendingApplicationsQuery, Operations.PendingApplicationsQueryVariables> = {},
) {
  return useQuery(Operations.PendingApplicationsDocument, options);
}

export function usePlatformStatsQuery(
  options: useQuery.Options<Operations.PlatformStatsQuery, Operations.PlatformStatsQueryVariables>,
) {
  return useQuery(Operations.PlatformStatsDocument, options);
}

export function useRequestMentorshipMutation(
  options: useMutation.Options<
    Operations.RequestMentorshipMutation,
    Operations.RequestMentorshipMutationVariables
  > = {},
) {
  return useMutation(Operations.RequestMentorshipDocument, options);
}

export function useRespondToMentorshipMutation(
  options: useMutation.Options<
    Operations.RespondToMentorshipMutation,
    Operations.RespondToMentorshipMutationVariables
  > = {},
) {
  return useMutation(Operations.RespondToMentorshipDocument, options);
}

export function useRespondToSuggestionMutation(
  options: useMutation.Options<
    Operations.RespondToSuggestionMutation,
    Operations.RespondToSuggestionMutationVariables
  > = {},
) {
  return useMutation(Operations.RespondToSuggestionDocument, options);
}

export function useReviewMentorApplicationMutation(
  options: useMutation.Options<
    Operations.ReviewMentorApplicationMutation,
    Operations.ReviewMentorApplicationMutationVariables
  > = {},
) {
  return useMutation(Operations.ReviewMentorApplicationDocument, options);
}

export function useRevokeRoleMutation(
  options: useMutation.Options<Operations.RevokeRoleMutation, Operations.RevokeRoleMutationVariables> = {},
) {
  return useMutation(Operations.RevokeRoleDocument, options);
}

export function useRotateCalendarFeedUrlMutation(
  options: useMutation.Options<
    Operations.RotateCalendarFeedUrlMutation,
    Operations.RotateCalendarFeedUrlMutationVariables
  > = {},
) {
  return useMutation(Operations.RotateCalendarFeedUrlDocument, options);
}

export function useSendMessageMutation(
  options: useMutation.Options<Operations.SendMessageMutation, Operations.SendMessageMutationVariables> = {},
) {
  return useMutation(Operations.SendMessageDocument, options);
}

export function useSetUserStatusMutation(
  options: useMutation.Options<Operations.SetUserStatusMutation, Operations.SetUserStatusMutationVariables> = {},
) {
  return useMutation(Operations.SetUserStatusDocument, options);
}

export function useSignOutEverywhereMutation(
  options: useMutation.Options<
    Operations.SignOutEverywhereMutation,
    Operations.SignOutEverywhereMutationVariables
  > = {},
) {
  return useMutation(Operations.SignOutEverywhereDocument, options);
}

export function useSkillCatalogQuery(
  options: useQuery.Options<Operations.SkillCatalogQuery, Operations.SkillCatalogQueryVariables> = {},
) {
  return useQuery(Operations.SkillCatalogDocument, options);
}

export function useSkipProfileMutation(
  options: useMutation.Options<Operations.SkipProfileMutation, Operations.SkipProfileMutationVariables> = {},
) {
  return useMutation(Operations.SkipProfileDocument, options);
}

export function useThreadQuery(options: useQuery.Options<Operations.ThreadQuery, Operations.ThreadQueryVariables>) {
  return useQuery(Operations.ThreadDocument, options);
}

export function useThreadMessagesSubscription(
  options: useSubscription.Options<
    Operations.ThreadMessagesSubscription,
    Operations.ThreadMessagesSubscriptionVariables
  >,
) {
  return useSubscription(Operations.ThreadMessagesDocument, options);
}

export function useUnreadCountsSubscription(
  options: useSubscription.Options<
    Operations.UnreadCountsSubscription,
    Operations.UnreadCountsSubscriptionVariables
  > = {},
) {
  return useSubscription(Operations.UnreadCountsDocument, options);
}

export function useUpdateEmailPreferencesMutation(
  options: useMutation.Options<
    Operations.UpdateEmailPreferencesMutation,
    Operations.UpdateEmailPreferencesMutationVariables
  > = {},
) {
  return useMutation(Operations.UpdateEmailPreferencesDocument, options);
}

export function useUpdateProfileMutation(
  options: useMutation.Options<Operations.UpdateProfileMutation, Operations.UpdateProfileMutationVariables> = {},
) {
  return useMutation(Operations.UpdateProfileDocument, options);
}

export function useViewerDashboardQuery(
  options: useQuery.Options<Operations.ViewerDashboardQuery, Operations.ViewerDashboardQueryVariables>,
) {
  return useQuery(Operations.ViewerDashboardDocument, options);
}
