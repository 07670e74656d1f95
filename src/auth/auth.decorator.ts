import { Directive, Extensions } from 'type-graphql';
import type { AuthRule } from './rules';

type AnyMemberDecorator = (prototype: object, key: string | symbol, descriptor?: PropertyDescriptor) => void;

/** Declares who may use a field: printed as `@auth(requires: RULE)` and enforced by `guardFields`. */
export function Auth(rule: AuthRule): PropertyDecorator & MethodDecorator {
  const decorators = [Extensions({ auth: rule }), Directive(`@auth(requires: ${rule})`)] as AnyMemberDecorator[];
  const decorate: AnyMemberDecorator = (prototype, key, descriptor) => {
    for (const decorator of decorators) decorator(prototype, key, descriptor);
  };
  return decorate as PropertyDecorator & MethodDecorator;
}
