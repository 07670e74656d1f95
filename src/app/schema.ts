import { DateTimeResolver } from 'graphql-scalars';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type AuthChecker, type NonEmptyArray } from 'type-graphql';
import { DevSignInResolver } from '../auth/dev-sign-in.resolver';
import type { Env } from '../config/env';
import { SkillResolver } from '../modules/skill/skill.resolver';
import { UserResolver } from '../modules/user/user.resolver';
import type { Context } from './context';
import { NodeResolver } from './node.resolver';

const authChecker: AuthChecker<Context> = ({ context }) => context.viewer !== null;

export function devSignInEnabled(env: Pick<Env, 'NODE_ENV' | 'AUTH_DEV_LOGIN'>): boolean {
  return env.NODE_ENV === 'development' && env.AUTH_DEV_LOGIN;
}

/** The one place that lists resolvers, scalars and the auth checker. */
export async function createSchema(env: Pick<Env, 'NODE_ENV' | 'AUTH_DEV_LOGIN'>): Promise<GraphQLSchema> {
  const resolvers: NonEmptyArray<Function> = [NodeResolver, UserResolver, SkillResolver];
  return buildSchema({
    resolvers: devSignInEnabled(env) ? [...resolvers, DevSignInResolver] : resolvers,
    authChecker,
    authMode: 'error',
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    validate: { forbidUnknownValues: false, validationError: { target: false, value: false } },
  });
}
