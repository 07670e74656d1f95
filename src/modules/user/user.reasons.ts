/** Why a user or profile write was refused (`extensions.reason`). */
export enum UserReason {
  /** The client sent the revision it read, and the stored profile is newer: reload and retry (CONFLICT). */
  REVISION_MISMATCH = 'REVISION_MISMATCH',
  /** An admin disabled profile field changes for this account; settings stay editable (FORBIDDEN). */
  PROFILE_FIELDS_LOCKED = 'PROFILE_FIELDS_LOCKED',
  /** One of the skill ids names no skill (BAD_USER_INPUT, `fields` says which list). */
  UNKNOWN_SKILL = 'UNKNOWN_SKILL',
  /** Another user already has that email address (BAD_USER_INPUT on `email`). */
  EMAIL_TAKEN = 'EMAIL_TAKEN',
  /** The target holds OWNER and the caller does not: only owners act on owners (FORBIDDEN). */
  OWNER_PROTECTED = 'OWNER_PROTECTED',
  /** Nobody suspends or deletes their own account (FORBIDDEN). */
  SELF_TARGET = 'SELF_TARGET',
  /** setUserStatus was asked for DELETED; deleting goes through deleteUser (BAD_USER_INPUT on `status`). */
  USE_DELETE_USER = 'USE_DELETE_USER',
  /** setUserStatus on a deleted user: restore it first with restoreUser (CONFLICT). */
  USER_DELETED = 'USER_DELETED',
  /** deleteUser on a user who is already deleted (CONFLICT). */
  ALREADY_DELETED = 'ALREADY_DELETED',
  /** restoreUser on a user who is not deleted (CONFLICT). */
  NOT_DELETED = 'NOT_DELETED',
}
