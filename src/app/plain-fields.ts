import { isObjectType, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { markPlain } from '../common/read-plan/selection';

/**
 * Lets the fields that are plain properties or getters (same name, no field resolver, no middleware) resolve
 * as plain property reads: type-graphql wraps every field in a resolver of its own, which costs a
 * call and an object per field and keeps graphql-jit from reading the property inline. Rules are
 * put back in front of the fields that have one afterwards (guardFields).
 */
export function resolvePlainFieldsDirectly(schema: GraphQLSchema): void {
  const storage = getMetadataStorage();
  const typeNameOf = new Map(storage.objectTypes.map((t) => [t.target, t.name]));
  // A getter on the class itself is read by the default resolver as well; methods and resolver classes are not.
  const isGetter = (target: Function, name: string): boolean =>
    typeof Object.getOwnPropertyDescriptor((target as { prototype: object }).prototype, name)?.get === 'function';
  const computed = new Set(
    storage.fieldResolvers
      .filter((r) => !(r.kind === 'internal' && isGetter(r.target, r.methodName)))
      .map((r) => `${typeNameOf.get(r.getObjectType?.() as Function) ?? ''}.${r.schemaName}`),
  );
  for (const meta of storage.objectTypes) {
    const type = schema.getType(meta.name);
    if (!isObjectType(type)) continue;
    const classes: Function[] = [];
    for (
      let c: unknown = meta.target;
      typeof c === 'function' && c !== Function.prototype;
      c = Object.getPrototypeOf(c)
    ) {
      classes.push(c as Function);
    }
    for (const field of storage.fields) {
      if (!classes.includes(field.target) || field.name !== field.schemaName || field.simple === false) continue;
      if (field.middlewares?.length || field.roles?.length || computed.has(`${meta.name}.${field.schemaName}`))
        continue;
      const schemaField = type.getFields()[field.schemaName];
      if (!schemaField) continue;
      schemaField.resolve = undefined;
      markPlain(schemaField);
    }
  }
}
