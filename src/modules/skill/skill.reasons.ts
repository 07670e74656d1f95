/** Why a skill write was refused (`extensions.reason`). */
export enum SkillReason {
  /** Another skill already has this exact name (CONFLICT). */
  SKILL_NAME_TAKEN = 'SKILL_NAME_TAKEN',
  /** Another skill already has this slug (CONFLICT). */
  SKILL_SLUG_TAKEN = 'SKILL_SLUG_TAKEN',
}
