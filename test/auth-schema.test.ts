import { getDirective } from '@graphql-tools/utils';
import type { GraphQLObjectType } from 'graphql';
import { createSchema } from '../src/app/schema';

describe('auth declarations', () => {
  it('every Query, Mutation and Subscription field declares who may use it', async () => {
    const schema = await createSchema({ NODE_ENV: 'development', AUTH_DEV_LOGIN: true });
    const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter(
      (t): t is GraphQLObjectType => Boolean(t),
    );
    const undeclared: string[] = [];
    let checked = 0;
    for (const root of roots) {
      for (const field of Object.values(root.getFields())) {
        checked += 1;
        const auth = getDirective(schema, field, 'auth');
        if (!auth || auth.length !== 1 || typeof auth[0].requires !== 'string') {
          undeclared.push(`${root.name}.${field.name}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(3);
    expect(undeclared).toEqual([]);
  });
});
