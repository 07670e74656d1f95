import { getMetadataStorage, validateOrReject, type ValidationError } from 'class-validator';
import { ArgumentValidationError, type ValidatorFn } from 'type-graphql';
import { textProblem } from '../common/text';
import { BadUserInputError, type FieldErrors } from '../errors/app-error';

/** Nesting an argument may have (input objects, lists, JSON values); deeper ones are refused before they are walked. */
export const MAX_INPUT_DEPTH = 12;

const VALIDATOR_OPTIONS = {
  skipMissingProperties: true,
  forbidUnknownValues: false,
  validationError: { target: false, value: false },
};

/**
 * Every argument of every field passes here before its resolver runs (type-graphql's `validateFn`):
 * each string in it is trimmed (Unicode whitespace) and refused when it holds control characters or
 * lone surrogates, nesting is bounded, then the class-validator rules of its input type apply.
 * Failures are BAD_USER_INPUT with the offending fields, keyed by their path inside the argument.
 */
export const validateInput: ValidatorFn = async (argValue: unknown, _type, data): Promise<void> => {
  const fields: FieldErrors = {};
  if (typeof argValue === 'string') {
    const problem = textProblem(argValue);
    if (problem) fields[argumentName(argValue, data.args)] = problem;
  } else {
    clean(argValue, '', 0, fields);
  }
  if (Object.keys(fields).length > 0) throw new BadUserInputError('Invalid input', fields);
  if (argValue === null || typeof argValue !== 'object') return;
  try {
    if (Array.isArray(argValue)) {
      const ruled = argValue.filter((item) => isObject(item) && hasRules(item));
      await Promise.all(ruled.map((item) => validateOrReject(item, VALIDATOR_OPTIONS)));
    } else if (hasRules(argValue)) {
      await validateOrReject(argValue, VALIDATOR_OPTIONS);
    }
  } catch (errors) {
    throw new ArgumentValidationError(errors as ValidationError[]);
  }
};

const isObject = (value: unknown): value is object => value !== null && typeof value === 'object';

const ruledClasses = new WeakMap<Function, boolean>();

/**
 * Whether class-validator has rules for the class of `value` (its own or inherited; nested inputs
 * are reached through their parent's ValidateNested). Arguments without any, such as a page's
 * `first`/`after` on every row of a list, skip the validator's walk.
 */
function hasRules(value: object): boolean {
  const target = value.constructor;
  let ruled = ruledClasses.get(target);
  if (ruled === undefined) {
    ruled = getMetadataStorage().getTargetValidationMetadatas(target, '', true, false).length > 0;
    ruledClasses.set(target, ruled);
  }
  return ruled;
}

/** Trims the strings of `value` in place and records the ones that cannot be stored. */
function clean(value: unknown, path: string, depth: number, fields: FieldErrors): void {
  if (!isObject(value)) return;
  if (depth >= MAX_INPUT_DEPTH) {
    fields[path || 'input'] = `is nested too deeply (at most ${MAX_INPUT_DEPTH} levels)`;
    return;
  }
  const entries: Array<[string | number, unknown]> = Array.isArray(value)
    ? [...value.entries()]
    : Object.entries(value);
  for (const [key, item] of entries) {
    const at = Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : String(key);
    if (typeof item === 'string') {
      const problem = textProblem(item);
      if (problem) fields[at] = problem;
      else (value as Record<string | number, unknown>)[key] = item.trim();
    } else {
      clean(item, at, depth + 1, fields);
    }
  }
}

/** The name of a top-level string argument, for `extensions.fields`. */
function argumentName(value: string, args: Record<string, unknown>): string {
  return Object.keys(args).find((name) => args[name] === value) ?? 'input';
}
