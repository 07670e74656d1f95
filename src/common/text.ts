import { BadUserInputError } from '../errors/app-error';

/** Trims a text and checks its length; BAD_USER_INPUT on `field` otherwise. */
export function cleanText(value: string, field: string, max: number): string {
  const text = value.trim();
  if (text.length < 1 || text.length > max) {
    throw new BadUserInputError(`Invalid ${field}`, { [field]: `must be 1..${max} characters after trimming` });
  }
  return text;
}
