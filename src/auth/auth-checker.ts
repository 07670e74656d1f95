import {
  defaultFieldResolver,
  DirectiveLocation,
  GraphQLDirective,
  GraphQLEnumType,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  isNonNullType,
  isObjectType,
  Kind,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from 'graphql';
import type { Context } from '../app/context';
import { CommonReason, ForbiddenError, UnauthenticatedError } from '../errors/app-error';
import { markReads } from '../common/read-plan/selection';
import { Role } from '../modules/role/role';
import { User } from '../modules/user/user.entity';
import { AuthRule, isAdmin, isMentor, isOwner, RULE_IN_WORDS } from './rules';

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
          values: Object.fromEntries(
            Object.values(AuthRule).map((rule) => [
              rule,
              { value: rule, description: `Allowed for ${RULE_IN_WORDS[rule]}.` },
            ]),
          ),
        }),
      ),
      description: 'The rule a caller must meet to use the field.',
    },
  },
});

/**
 * `@semanticNonNull`: the field is null only together with an error (a refused row). Clients that
 * treat errors as failures (Apollo Client's default error policy) may type it as non-null; codegen
 * does with `nullability.errorHandlingClient`.
 */
export const semanticNonNullDirective = new GraphQLDirective({
  name: 'semanticNonNull',
  description:
    'The field is null only when the response also carries an error for it (here: the caller may not see this row), never as a value.',
  locations: [DirectiveLocation.FIELD_DEFINITION],
  args: {
    levels: {
      type: new GraphQLList(GraphQLInt),
      defaultValue: [0],
      description: 'Which levels of the type are non-null: 0 is the field itself, 1 its list items, and so on.',
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
    case AuthRule.SELF:
      return root instanceof User && root.id === viewer.id;
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

/** Rules decided per row: one user's field may be refused while the next user's is shown. */
const perRow = (rule: AuthRule): boolean =>
  rule === AuthRule.SELF_OR_ADMIN || rule === AuthRule.SELF_MENTOR_OR_ADMIN || rule === AuthRule.SELF;

/**
 * States the rule in the field's description, and makes a per-row field nullable on the wire (a
 * refusal then nulls that field only, not the whole user) while `@semanticNonNull` keeps saying
 * that its value itself is never null.
 */
function declareRule(field: GraphQLField<unknown, unknown>, rule: AuthRule): void {
  const who = `Allowed for ${RULE_IN_WORDS[rule]}.`;
  field.description = field.description ? `${field.description}\n\n${who}` : who;
  if (!perRow(rule) || !isNonNullType(field.type) || !field.astNode) return;
  field.type = field.type.ofType;
  const directive = { kind: Kind.DIRECTIVE, name: { kind: Kind.NAME, value: semanticNonNullDirective.name } } as const;
  field.astNode = { ...field.astNode, directives: [...(field.astNode.directives ?? []), directive] };
}

/** `resolve` behind the rule: FORBIDDEN (or UNAUTHENTICATED) before it runs when the caller does not meet it. */
function guarded(
  rule: AuthRule,
  resolve: GraphQLFieldResolver<unknown, Context>,
): GraphQLFieldResolver<unknown, Context> {
  return (root, args, context: Context, info) => {
    const allowed = isAllowed(rule, root, context);
    if (allowed === true) return resolve(root, args, context, info);
    if (allowed === false) throw notAllowed();
    return allowed.then((ok) => {
      if (!ok) throw notAllowed();
      return resolve(root, args, context, info);
    });
  };
}

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
      if (!rule) continue;
      declareRule(field, rule);
      if (rule === AuthRule.PUBLIC) continue;
      if (perRow(rule)) markReads(field, ['id']);
      field.resolve = guarded(rule, field.resolve ?? defaultFieldResolver);
      // A subscription is checked when it starts, before it listens to anything.
      if (field.subscribe) field.subscribe = guarded(rule, field.subscribe);
    }
  }
}
