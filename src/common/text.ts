import { registerDecorator, type ValidationOptions } from 'class-validator';
import { BadUserInputError } from '../errors/app-error';

/**
 * Characters no text input may hold: C0 controls other than tab, line feed and carriage return,
 * DEL and C1 controls (PostgreSQL refuses NUL outright), and UTF-16 surrogates without their pair
 * (not valid Unicode: PostgreSQL's JSON refuses them).
 */
const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

/** Why a text cannot be stored, or null when it can. */
export function textProblem(value: string): string | null {
  const found = FORBIDDEN.exec(value);
  if (!found) return null;
  const code = found[0].codePointAt(0)!;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return code >= 0xd800 && code <= 0xdfff
    ? `must be valid Unicode text (a lone surrogate ${hex} at position ${found.index})`
    : `must not contain control characters (${hex} at position ${found.index})`;
}

/** Length as PostgreSQL counts it for varchar(n): code points, so an emoji and its variation selector are two. */
export function charLength(value: string): number {
  let length = 0;
  for (const _ of value) length++;
  return length;
}

/** A class-validator property rule: its name, its message and its test. */
function rule(
  name: string,
  message: NonNullable<ValidationOptions['message']>,
  validate: (value: unknown) => boolean,
  options: ValidationOptions,
): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message, ...options },
      validator: { validate },
    });
}

/** A string of `min`..`max` characters as PostgreSQL counts them (inputs are trimmed before they are checked). */
export function Chars(min: number, max: number, options: ValidationOptions = {}): PropertyDecorator {
  const range = min > 0 ? `must be ${min}..${max} characters` : `must be at most ${max} characters`;
  return rule(
    'chars',
    // Inputs arrive trimmed, so an empty one was blank.
    ({ value }) => (value === '' && min > 0 ? 'must not be blank' : range),
    (value) => {
      if (typeof value !== 'string') return false;
      const length = charLength(value);
      return length >= min && length <= max;
    },
    options,
  );
}

/** At most `max` characters as PostgreSQL counts them. */
export function MaxChars(max: number, options: ValidationOptions = {}): PropertyDecorator {
  return Chars(0, max, options);
}

/** A JSON value of at most `max` characters once serialized. */
export function MaxJsonChars(max: number, options: ValidationOptions = {}): PropertyDecorator {
  return rule(
    'maxJsonChars',
    `must be at most ${max} characters of JSON`,
    (value) => JSON.stringify(value).length <= max,
    options,
  );
}

/** Trims a text and checks its length; BAD_USER_INPUT on `field` otherwise. */
export function cleanText(value: string, field: string, max: number): string {
  const text = value.trim();
  const length = charLength(text);
  if (length < 1 || length > max) {
    throw new BadUserInputError(`Invalid ${field}`, { [field]: `must be 1..${max} characters after trimming` });
  }
  return text;
}
