import type { User } from './user.entity';

/** The profile fields SPEC §2 requires, by GraphQL name, in the order they are reported. */
export const REQUIRED_PROFILE_FIELDS = [
  'firstName',
  'lastName',
  'email',
  'address',
  'city',
  'country',
  'timezone',
  'educationLevel',
  'learningGoals',
  'preferredLearningStyle',
] as const;

export type RequiredProfileField = (typeof REQUIRED_PROFILE_FIELDS)[number];

export interface ProfileCompletion {
  /** floor(filled × 100 / 10). */
  percentage: number;
  /** True exactly when every required field is filled. */
  complete: boolean;
  missingFields: RequiredProfileField[];
}

const filled = (value: string | null | undefined): boolean => typeof value === 'string' && value.trim() !== '';

/** Completion of a profile; the one calculation every profile write (own or admin) stores. */
export function profileCompletion(user: Pick<User, RequiredProfileField>): ProfileCompletion {
  const missingFields = REQUIRED_PROFILE_FIELDS.filter((field) => !filled(user[field]));
  const filledCount = REQUIRED_PROFILE_FIELDS.length - missingFields.length;
  const percentage = Math.floor((filledCount * 100) / REQUIRED_PROFILE_FIELDS.length);
  return { percentage, complete: missingFields.length === 0, missingFields };
}
