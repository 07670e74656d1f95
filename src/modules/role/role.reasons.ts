/** Why a role change was refused (`extensions.reason`). */
export enum RoleReason {
  /** ADMIN and OWNER windows are assigned and revoked by owners only (FORBIDDEN). */
  OWNER_REQUIRED = 'OWNER_REQUIRED',
  /** The window ends at or before its start (BAD_USER_INPUT on `effectiveEndDate`). */
  WINDOW_ENDS_BEFORE_START = 'WINDOW_ENDS_BEFORE_START',
  /** The window would already be over when created (BAD_USER_INPUT on `effectiveEndDate`). */
  WINDOW_IN_PAST = 'WINDOW_IN_PAST',
  /** Roles are not given to a deleted user (CONFLICT; in bulk with failedUserId and failedIndex). */
  USER_DELETED = 'USER_DELETED',
  /** The user already holds the role during part of the window (CONFLICT; in bulk with failedUserId and failedIndex). */
  ROLE_WINDOW_OVERLAP = 'ROLE_WINDOW_OVERLAP',
  /** The user already has a window of the role starting at that instant (CONFLICT; in bulk with failedUserId and failedIndex). */
  ROLE_WINDOW_EXISTS = 'ROLE_WINDOW_EXISTS',
  /** The window was already revoked (deactivated) (CONFLICT). */
  ROLE_ALREADY_REVOKED = 'ROLE_ALREADY_REVOKED',
  /** The window has already ended (CONFLICT). */
  ROLE_WINDOW_ENDED = 'ROLE_WINDOW_ENDED',
  /** Revoking would leave the platform without an effective owner (CONFLICT). */
  LAST_OWNER = 'LAST_OWNER',
}
