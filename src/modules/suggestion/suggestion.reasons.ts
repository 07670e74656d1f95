/** Why a suggestion write was refused (`extensions.reason`). Accepting also gives the mentorship reasons of requestMentorship. */
export enum SuggestionReason {
  /** Only the mentee a suggestion was made for answers it; admins may only look (FORBIDDEN). */
  ONLY_MENTEE_RESPONDS = 'ONLY_MENTEE_RESPONDS',
  /** The suggestion was already accepted or declined (CONFLICT). */
  SUGGESTION_ALREADY_ANSWERED = 'SUGGESTION_ALREADY_ANSWERED',
}
