import { IsBoolean, ValidateNested } from 'class-validator';
import { Field, InputType, ObjectType } from 'type-graphql';
import type { ValueTransformer } from 'typeorm';

/**
 * The kinds of e-mail the platform sends, each one a user can turn off: the keys of
 * `notificationPreferences.email` as stored, in the schema and in unsubscribe links.
 */
export const MAIL_KINDS = [
  'welcome',
  'roleChanged',
  'applicationReviewed',
  'classCancelled',
  'accountStatus',
  'profileReminder',
] as const;

export type MailKind = (typeof MAIL_KINDS)[number];

export const isMailKind = (value: unknown): value is MailKind => MAIL_KINDS.includes(value as MailKind);

@ObjectType({ description: 'Which e-mails the user receives, one switch per kind; true unless turned off.' })
export class EmailPreferences {
  @Field({ description: 'The welcome e-mail on the first sign-in.' })
  welcome!: boolean;

  @Field({ description: 'A role window was assigned to the user or revoked.' })
  roleChanged!: boolean;

  @Field({ description: "The user's mentor application was approved or rejected." })
  applicationReviewed!: boolean;

  @Field({ description: 'A class the user was in was cancelled.' })
  classCancelled!: boolean;

  @Field({ description: 'The account was suspended, reactivated, deleted or restored.' })
  accountStatus!: boolean;

  @Field({ description: 'A reminder to complete the profile, some days after sign-up.' })
  profileReminder!: boolean;
}

@ObjectType({ description: "The user's notification settings." })
export class NotificationPreferences {
  @Field(() => EmailPreferences, { description: 'E-mail, per kind.' })
  email!: EmailPreferences;
}

@InputType({ description: 'E-mail switches to change; a kind left out keeps its setting.' })
export class EmailPreferencesInput {
  @Field(() => Boolean, { nullable: true, description: 'The welcome e-mail on the first sign-in.' })
  @IsBoolean()
  welcome?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Role windows assigned or revoked.' })
  @IsBoolean()
  roleChanged?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Mentor application approved or rejected.' })
  @IsBoolean()
  applicationReviewed?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'A class the user was in was cancelled.' })
  @IsBoolean()
  classCancelled?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Account suspended, reactivated, deleted or restored.' })
  @IsBoolean()
  accountStatus?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'The profile-completion reminder.' })
  @IsBoolean()
  profileReminder?: boolean;
}

@InputType({ description: 'Changes to the notification settings; what is left out stays as it is.' })
export class NotificationPreferencesInput {
  @Field(() => EmailPreferencesInput, { nullable: true, description: 'E-mail switches to change.' })
  @ValidateNested()
  email?: EmailPreferencesInput;
}

/** A change of e-mail switches: the kinds given, the others untouched. */
export type EmailPreferencesChange = Partial<Record<MailKind, boolean>>;

const allKinds = (on: boolean): EmailPreferences =>
  Object.fromEntries(MAIL_KINDS.map((kind) => [kind, on])) as unknown as EmailPreferences;

/**
 * The typed settings of a stored `notification_preferences` value, whatever its age: a kind that is
 * missing (a kind added later, `{}` by default) is on; the early shape `{ "email": false }` turned
 * all e-mail off, so a boolean `email` still applies to every kind. Anything else is ignored.
 */
export function readNotificationPreferences(stored: unknown): NotificationPreferences {
  const email = stored !== null && typeof stored === 'object' ? (stored as Record<string, unknown>).email : undefined;
  if (typeof email === 'boolean') return { email: allKinds(email) };
  const given = email !== null && typeof email === 'object' ? (email as Record<string, unknown>) : {};
  const settings = allKinds(true);
  for (const kind of MAIL_KINDS) if (typeof given[kind] === 'boolean') settings[kind] = given[kind];
  return { email: settings };
}

/** The settings with `change` applied, in the one stored shape: every kind, as a boolean. */
export function withEmailPreferences(
  current: NotificationPreferences,
  change: EmailPreferencesChange,
): NotificationPreferences {
  const email = { ...readNotificationPreferences(current).email };
  for (const kind of MAIL_KINDS) if (typeof change[kind] === 'boolean') email[kind] = change[kind];
  return { email };
}

/**
 * The column's transformer: rows are read as typed settings (so the API, the mail handler and the
 * export see one shape), and written as given (always a full `withEmailPreferences` value).
 */
export const notificationPreferencesColumn: ValueTransformer = {
  from: (stored: unknown) => readNotificationPreferences(stored),
  to: (value: unknown) => value,
};
