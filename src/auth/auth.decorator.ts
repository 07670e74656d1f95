import { Authorized, Directive } from 'type-graphql';
import type { AuthRule } from './rules';

type AnyMemberDecorator = (prototype: object, key: string | symbol, descriptor?: PropertyDescriptor) => void;

/** Declares who may use a field: enforced by the auth checker and printed as `@auth(requires: RULE)`. */
export function Auth(rule: AuthRule): PropertyDecorator & MethodDecorator {
  const decorators = [Authorized(rule), Directive(`@auth(requires: ${rule})`)] as AnyMemberDecorator[];
  const decorate: AnyMemberDecorator = (prototype, key, descriptor) => {
    for (const decorator of decorators) decorator(prototype, key, descriptor);
  };
  return decorate as PropertyDecorator & MethodDecorator;
}
