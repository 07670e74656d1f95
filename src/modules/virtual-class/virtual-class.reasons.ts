/** Why a class write was refused (`extensions.reason`). */
export enum ClassReason {
  /** joinClass: every seat is taken, host included (an INDIVIDUAL class has none to give) (CONFLICT). */
  CLASS_FULL = 'CLASS_FULL',
  /** joinClass or leaveClass after the class's start time (CONFLICT). */
  CLASS_STARTED = 'CLASS_STARTED',
  /** joinClass or leaveClass on a class that is no longer SCHEDULED (completed or cancelled) (CONFLICT). */
  CLASS_NOT_SCHEDULED = 'CLASS_NOT_SCHEDULED',
  /** joinClass by someone already in the class, the host included (CONFLICT). */
  ALREADY_JOINED = 'ALREADY_JOINED',
  /** leaveClass by the host, who cancels the class instead (CONFLICT). */
  HOST_CANNOT_LEAVE = 'HOST_CANNOT_LEAVE',
  /** leaveClass by someone who is not in the class (NOT_FOUND: a membership that does not exist). */
  NOT_A_PARTICIPANT = 'NOT_A_PARTICIPANT',
  /** cancelClass by someone who is neither the host nor an admin (FORBIDDEN). */
  ONLY_HOST_OR_ADMIN = 'ONLY_HOST_OR_ADMIN',
  /** completeClass by someone who is neither an admin nor the host holding a MENTOR role (FORBIDDEN). */
  MENTOR_HOST_OR_ADMIN = 'MENTOR_HOST_OR_ADMIN',
  /** cancelClass or completeClass on a class already completed (CONFLICT). */
  CLASS_ALREADY_COMPLETED = 'CLASS_ALREADY_COMPLETED',
  /** cancelClass or completeClass on a class already cancelled (CONFLICT). */
  CLASS_ALREADY_CANCELLED = 'CLASS_ALREADY_CANCELLED',
}
