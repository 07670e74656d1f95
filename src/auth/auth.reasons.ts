/** Why a sign-in was refused (`extensions.reason`; the OAuth callback answers `account_disabled` for the first two). */
export enum AuthReason {
  /** The user's account is suspended (FORBIDDEN). */
  ACCOUNT_SUSPENDED = 'ACCOUNT_SUSPENDED',
  /** The user's account is deleted (FORBIDDEN). */
  ACCOUNT_DELETED = 'ACCOUNT_DELETED',
  /** The provider account is linked to a different user than the one its email names (CONFLICT). */
  ACCOUNT_LINKED_TO_OTHER_USER = 'ACCOUNT_LINKED_TO_OTHER_USER',
  /** A concurrent sign-in of the same person changed the user or account mid-way; retrying succeeds (CONFLICT). */
  SIGN_IN_RACE = 'SIGN_IN_RACE',
}
