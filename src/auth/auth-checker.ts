import {
  defaultFieldResolver,
  DirectiveLocation,
  GraphQLDirective,
  GraphQLEnumType,
  GraphQLNonNull,
  isObjectType,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from 'graphql';
import type { Context } from '../app/context';
import { CommonReason, ForbiddenError, UnauthenticatedError } from '../errors/app-error';
import { markReads } from '../common/read-plan/selection';
import { Role } from '../modules/role/role';
import { User } from '../modules/user/user.entity';
import { AuthRule, isAdmin, isMentor, isOwner } from './rules';

/** `@auth(requires: RULE)`: the schema-visible form of each field's rule. */
export const authDirective = new GraphQLDirective({
  name: 'auth',
  description: 'Who may use this field (enforced by the server).',
  locations: [DirectiveLocation.FIELD_DEFINITION, DirectiveLocation.OBJECT],
  args: {
    requires: {
      type: new GraphQLNonNull(
        new GraphQLEnumType({
          name: 'AuthRule',
          description: 'Who may use a field; see the permission matrix.',
          values: Object.fromEntries(Object.values(AuthRule).map((rule) => [rule, { value: rule }])),
        }),
      ),
    },
  },
});

/**
 * Whether the request's viewer may use a field with `rule` on `root` (roles effective at request
 * time). Synchronous unless the rule needs a lookup (a mentor's active mentees), so guarded fields
 * cost no promise of their own.
 */
export function isAllowed(rule: AuthRule, root: unknown, context: Context): boolean | Promise<boolean> {
  if (rule === AuthRule.PUBLIC) return true;
  const { viewer } = context;
  const { roles } = context.actor;
  if (!viewer) throw new UnauthenticatedError();
  switch (rule) {
    case AuthRule.USER:
      return true;
    case AuthRule.MENTOR:
      return isMentor(roles);
    case AuthRule.ADMIN:
      return isAdmin(roles);
    case AuthRule.OWNER:
      return isOwner(roles);
    case AuthRule.SELF_OR_ADMIN:
      return (root instanceof User && root.id === viewer.id) || isAdmin(roles);
    case AuthRule.SELF_MENTOR_OR_ADMIN:
      if ((root instanceof User && root.id === viewer.id) || isAdmin(roles)) return true;
      // The mentor path needs a MENTOR role effective now, not only a mentorship that outlived it.
      if (!(root instanceof User) || !roles.includes(Role.MENTOR)) return false;
      return context.loaders.activeMenteeIdsOfMentor.load(viewer.id).then((ids) => ids.includes(root.id));
  }
}

const notAllowed = (): ForbiddenError => new ForbiddenError(CommonReason.NOT_ALLOWED, 'You are not allowed to do this');

/** The rule `@Auth` declared on a field, if any. */
const ruleOf = (field: GraphQLField<unknown, unknown>): AuthRule | undefined =>
  (field.extensions as { auth?: AuthRule } | undefined)?.auth;

/**
 * Puts each declared rule in front of its field's resolver (or of the plain property read): the
 * check runs before arguments are validated or anything is loaded, and refuses with FORBIDDEN, or
 * UNAUTHENTICATED for anonymous callers.
 */
export function guardFields(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const rule = ruleOf(field);
      if (!rule || rule === AuthRule.PUBLIC) continue;
      if (rule === AuthRule.SELF_OR_ADMIN || rule === AuthRule.SELF_MENTOR_OR_ADMIN) markReads(field, ['id']);
      const resolve: GraphQLFieldResolver<unknown, Context> = field.resolve ?? defaultFieldResolver;
      field.resolve = (root, args, context: Context, info) => {
        const allowed = isAllowed(rule, root, context);
        if (allowed === true) return resolve(root, args, context, info);
        if (allowed === false) throw notAllowed();
        return allowed.then((ok) => {
          if (!ok) throw notAllowed();
          return resolve(root, args, context, info);
        });
      };
    }
  }
}
