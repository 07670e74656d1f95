import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
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

type Method = (...params: unknown[]) => unknown;

/**
 * Calls the field resolvers that take only their row, the context and the info (and arguments
 * that are not validated, as given) directly, without middleware. type-graphql's wrapper looks up
 * the resolver instance and sorts and maps the parameters on every call, once per row of a list, and
 * answers with a promise where the value is at hand. A row that is not an instance of the declared
 * parent class still goes through the wrapper (it converts it); so do validated arguments.
 */
export function callRowResolversDirectly(schema: GraphQLSchema): void {
  const storage = getMetadataStorage();
  const typeNameOf = new Map(storage.objectTypes.map((t) => [t.target, t.name]));
  const instances = new Map<Function, Record<string, Method>>();
  for (const resolver of storage.fieldResolvers) {
    if (resolver.kind !== 'external' || resolver.middlewares?.length || resolver.roles?.length) continue;
    const params = [...(resolver.params ?? [])].sort((a, b) => a.index - b.index);
    const kinds = params.map((p) => p.kind).join(',');
    const withArgs =
      kinds === 'root,args,context,info' && params[1]!.kind === 'args' && params[1]!.validateSettings === false;
    if (kinds !== 'root,context,info' && kinds !== 'root,context' && kinds !== 'root' && !withArgs) continue;
    const root = params[0] as { getType?: () => unknown };
    if (params.some((p) => 'propertyName' in p && p.propertyName)) continue;
    const declared = root.getType?.();
    if (declared !== undefined && typeof declared !== 'function') continue;
    const type = schema.getType(typeNameOf.get(resolver.getObjectType?.() as Function) ?? '');
    const field = isObjectType(type) ? type.getFields()[resolver.schemaName] : undefined;
    if (!field?.resolve) continue;
    let instance = instances.get(resolver.target);
    if (!instance) {
      instance = new (resolver.target as new () => Record<string, Method>)();
      instances.set(resolver.target, instance);
    }
    const method = instance[resolver.methodName]!.bind(instance);
    const wrapped = field.resolve;
    const Parent = declared as Function | undefined;
    const call: GraphQLFieldResolver<unknown, unknown> = withArgs
      ? (row, args, context, info) => method(row, args, context, info)
      : (row, _args, context, info) => method(row, context, info);
    field.resolve = (row, args, context, info) =>
      Parent && !(row instanceof Parent) ? wrapped(row, args, context, info) : call(row, args, context, info);
  }
}
