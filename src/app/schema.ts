import { specifiedDirectives, type GraphQLSchema } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { buildSchema, type NonEmptyArray, type PubSub } from 'type-graphql';
import { authDirective, guardFields, semanticNonNullDirective } from '../auth/auth-checker';
import { DevSignInResolver } from '../auth/dev-sign-in.resolver';
import { SignOutResolver } from '../auth/sign-out.resolver';
import type { Env } from '../config/env';
import { moduleResolvers } from './modules';
import { validateInput } from './input-hygiene';
import { NodeResolver } from './node.resolver';
import { callRowResolversDirectly, resolvePlainFieldsDirectly } from './plain-fields';
import { describeRootTypes } from './root-descriptions';

/**
 * type-graphql wants a PubSub once there are subscriptions; each of ours declares its own
 * `subscribe` (an eventStream on the deps' event bus), so this one is never used.
 */
const unusedPubSub: PubSub = {
  publish: () => {
    throw new Error('Events are published through the outbox (publish effects)');
  },
  subscribe: () => {
    throw new Error('Subscriptions declare their own subscribe');
  },
};

export function devSignInEnabled(env: Pick<Env, 'NODE_ENV' | 'AUTH_DEV_LOGIN'>): boolean {
  return env.NODE_ENV === 'development' && env.AUTH_DEV_LOGIN;
}

/** The one place that builds the schema: resolvers, scalars, the field rules and their directive. */
export async function createSchema(env: Pick<Env, 'NODE_ENV' | 'AUTH_DEV_LOGIN'>): Promise<GraphQLSchema> {
  const resolvers: NonEmptyArray<Function> = [NodeResolver, SignOutResolver, ...moduleResolvers];
  const schema = await buildSchema({
    resolvers: devSignInEnabled(env) ? [...resolvers, DevSignInResolver] : resolvers,
    directives: [...specifiedDirectives, authDirective, semanticNonNullDirective],
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    // Text hygiene for every argument, then the class-validator rules of its input type.
    validateFn: validateInput,
    pubSub: unusedPubSub,
  });
  describeRootTypes(schema);
  resolvePlainFieldsDirectly(schema);
  callRowResolversDirectly(schema);
  guardFields(schema);
  return schema;
}
