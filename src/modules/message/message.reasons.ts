/** Why a message write or read was refused (`extensions.reason`). */
export enum MessageReason {
  /** Messages are sent only in an ACTIVE mentorship (CONFLICT). */
  MENTORSHIP_NOT_ACTIVE = 'MENTORSHIP_NOT_ACTIVE',
  /** An admin disabled messaging for the sender's account (FORBIDDEN). */
  MESSAGING_DISABLED = 'MESSAGING_DISABLED',
  /** A thread is private to the mentor and the mentee; admins may see the mentorship, not its thread (FORBIDDEN). */
  NOT_A_MEMBER = 'NOT_A_MEMBER',
}
