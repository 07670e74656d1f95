import { DirectiveLocation, GraphQLDirective, GraphQLEnumType, GraphQLNonNull } from 'graphql';
import type { AuthChecker } from 'type-graphql';
import type { Context } from '../app/context';
import { UnauthenticatedError } from '../errors/app-error';
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

/** Evaluates a field's rule for the request's viewer and roles (effective at request time). */
export const authChecker: AuthChecker<Context, AuthRule> = async ({ root, context }, rules) => {
  const rule = rules[0] ?? AuthRule.USER;
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
      return (
        root instanceof User &&
        roles.includes(Role.MENTOR) &&
        (await context.loaders.activeMenteeIdsOfMentor.load(viewer.id)).includes(root.id)
      );
  }
};
