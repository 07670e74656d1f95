/** Why a badge write was refused (`extensions.reason`). */
export enum BadgeReason {
  /** updateBadge named no text to change (BAD_USER_INPUT; blank texts give INVALID_INPUT with fields). */
  NOTHING_TO_UPDATE = 'NOTHING_TO_UPDATE',
}
