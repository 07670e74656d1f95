import type { GraphQLSchema } from 'graphql';

/** The root types' descriptions, which type-graphql has no option for (Sandbox's docs panel opens on them). */
export function describeRootTypes(schema: GraphQLSchema): void {
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
  const subscription = schema.getSubscriptionType();
  if (query) query.description ??= 'Reads. Lists are Relay connections; each field says its order.';
  if (mutation) {
    mutation.description ??=
      'Writes. Each takes one `input` and returns a payload; a refusal carries `extensions.code` and `extensions.reason`.';
  }
  if (subscription) subscription.description ??= 'Live updates, pushed as they happen.';
}
