/** Why a mentorship write was refused (`extensions.reason`). */
export enum MentorshipReason {
  /** requestMentorship named the requester as the mentor (BAD_USER_INPUT). */
  SELF_MENTORSHIP = 'SELF_MENTORSHIP',
  /** The mentor is not active or holds no effective MENTOR role (BAD_USER_INPUT). */
  MENTOR_UNAVAILABLE = 'MENTOR_UNAVAILABLE',
  /** The pair already has a PENDING or ACTIVE mentorship (CONFLICT). */
  MENTORSHIP_ALREADY_OPEN = 'MENTORSHIP_ALREADY_OPEN',
  /** Only the mentor and the mentee act on a mentorship; admins may only look (FORBIDDEN). */
  NOT_A_MEMBER = 'NOT_A_MEMBER',
  /** Only the mentor answers a request (FORBIDDEN). */
  ONLY_MENTOR_RESPONDS = 'ONLY_MENTOR_RESPONDS',
  /** Only the mentee withdraws a request (FORBIDDEN). */
  ONLY_MENTEE_CANCELS = 'ONLY_MENTEE_CANCELS',
  /** The mentor's MENTOR role is no longer effective, so they cannot accept (FORBIDDEN). */
  MENTOR_ROLE_REQUIRED = 'MENTOR_ROLE_REQUIRED',
  /** Answering or cancelling needs a PENDING mentorship (CONFLICT). */
  MENTORSHIP_NOT_PENDING = 'MENTORSHIP_NOT_PENDING',
  /** Completing needs an ACTIVE mentorship (CONFLICT). */
  MENTORSHIP_NOT_ACTIVE = 'MENTORSHIP_NOT_ACTIVE',
  /** Goals are added only to a PENDING or ACTIVE mentorship (CONFLICT). */
  MENTORSHIP_CLOSED = 'MENTORSHIP_CLOSED',
  /** A mentorship holds at most 20 goals (BAD_USER_INPUT). */
  TOO_MANY_GOALS = 'TOO_MANY_GOALS',
}
