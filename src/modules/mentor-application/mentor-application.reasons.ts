/** Why a mentor application write was refused (`extensions.reason`). */
export enum MentorApplicationReason {
  /** A skill id names no skill (BAD_USER_INPUT on `skillIds`). */
  UNKNOWN_SKILL = 'UNKNOWN_SKILL',
  /** The applicant already holds an effective MENTOR role (CONFLICT). */
  ALREADY_MENTOR = 'ALREADY_MENTOR',
  /** The applicant already has an application under review (CONFLICT). */
  APPLICATION_PENDING = 'APPLICATION_PENDING',
  /** Separation of duties: nobody reviews their own application (FORBIDDEN). */
  OWN_APPLICATION = 'OWN_APPLICATION',
  /** The application is no longer PENDING: someone reviewed it first (CONFLICT). */
  APPLICATION_ALREADY_REVIEWED = 'APPLICATION_ALREADY_REVIEWED',
  /** The applicant's MENTOR windows changed during the approval; nothing was written, try again (CONFLICT). */
  MENTOR_ROLE_CHANGED = 'MENTOR_ROLE_CHANGED',
}
