import { Role } from '../modules/role/role';

/**
 * The permission matrix as declarations: each root field and each private field carries one rule,
 * printed in the schema as `@auth(requires: RULE)` and enforced in front of each field (guardFields).
 */
export enum AuthRule {
  /** Anyone, signed in or not. */
  PUBLIC = 'PUBLIC',
  /** Any signed-in, active user. */
  USER = 'USER',
  /** An effective MENTOR, ADMIN or OWNER. */
  MENTOR = 'MENTOR',
  /** An effective ADMIN or OWNER. */
  ADMIN = 'ADMIN',
  /** An effective OWNER. */
  OWNER = 'OWNER',
  /** On a User field: that user, or an ADMIN/OWNER. */
  SELF_OR_ADMIN = 'SELF_OR_ADMIN',
  /** On a User field: that user alone, not even an ADMIN/OWNER (a secret of theirs, such as their calendar feed URL). */
  SELF = 'SELF',
  /** On a User field: that user, a mentor with an ACTIVE mentorship of theirs, or an ADMIN/OWNER. */
  SELF_MENTOR_OR_ADMIN = 'SELF_MENTOR_OR_ADMIN',
}

/** Each rule in words, appended to the description of every field it guards (introspection drops directives). */
export const RULE_IN_WORDS: Record<AuthRule, string> = {
  [AuthRule.PUBLIC]: 'anyone, signed in or not',
  [AuthRule.USER]: 'any signed-in user',
  [AuthRule.MENTOR]: 'mentors, admins and owners',
  [AuthRule.ADMIN]: 'admins and owners',
  [AuthRule.OWNER]: 'owners',
  [AuthRule.SELF_OR_ADMIN]: 'this user, admins and owners',
  [AuthRule.SELF]: 'this user only (not admins or owners)',
  [AuthRule.SELF_MENTOR_OR_ADMIN]: 'this user, their mentor in an active mentorship, admins and owners',
};

export const isAdmin = (roles: readonly Role[]): boolean => roles.includes(Role.ADMIN) || roles.includes(Role.OWNER);
export const isOwner = (roles: readonly Role[]): boolean => roles.includes(Role.OWNER);
export const isMentor = (roles: readonly Role[]): boolean => roles.includes(Role.MENTOR) || isAdmin(roles);
