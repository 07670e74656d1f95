import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  Validate,
  ValidateNested,
  ValidatorConstraint,
  type ValidationArguments,
  type ValidatorConstraintInterface,
} from 'class-validator';
import { MaxChars } from '../../common/text';
import {
  CountryCodeResolver,
  LocaleResolver,
  PhoneNumberResolver,
  TimeZoneResolver,
  URLResolver,
} from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import { NotificationPreferencesInput } from '../mail/mail-preferences';
import { EnglishLevel } from './user.entity';

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

@ValidatorConstraint({ name: 'endsAfterStart' })
class EndsAfterStart implements ValidatorConstraintInterface {
  validate(end: unknown, args: ValidationArguments): boolean {
    const { start } = args.object as { start?: unknown };
    // Zero-padded HH:MM strings compare correctly as text; malformed values are reported by @Matches.
    return typeof end !== 'string' || typeof start !== 'string' || !HH_MM.test(start) || end > start;
  }

  defaultMessage(): string {
    return 'must be later than start';
  }
}

@InputType({ description: 'A weekly availability slot; times are HH:MM in the user timezone.' })
export class AvailabilitySlotInput {
  @Field(() => Int, { description: '0 = Sunday … 6 = Saturday' })
  @IsInt()
  @Min(0)
  @Max(6)
  weekday!: number;

  @Field({ description: 'Start, HH:MM.' })
  @Matches(HH_MM, { message: 'must be a time HH:MM' })
  start!: string;

  @Field({ description: 'End, HH:MM, later than start.' })
  @Matches(HH_MM, { message: 'must be a time HH:MM' })
  @Validate(EndsAfterStart)
  end!: string;
}

/**
 * The editable profile of SPEC §2. A field left out is unchanged; null clears a nullable field and is
 * refused (by the service: type-graphql skips validators on null) for the others.
 * Shared by updateProfile (own profile) and updateUser (admin). Registered so its subclasses inherit
 * the fields; never referenced itself, so it stays out of the printed schema.
 */
@InputType()
export abstract class ProfileFieldsInput {
  @Field(() => String, { nullable: true, description: 'Up to 100 characters; null clears it.' })
  @IsOptional()
  @IsString()
  @MaxChars(100)
  firstName?: string | null;

  @Field(() => String, { nullable: true, description: 'Up to 100 characters; null clears it.' })
  @IsOptional()
  @IsString()
  @MaxChars(100)
  lastName?: string | null;

  /** Parsed by the URL scalar into a URL object; scheme and length are checked by the service. */
  @Field(() => URLResolver, { nullable: true, description: 'An http(s) picture URL, up to 2048 characters.' })
  @IsOptional()
  avatarUrl?: URL | string | null;

  @Field(() => String, { nullable: true, description: 'About the user, up to 2000 characters.' })
  @IsOptional()
  @IsString()
  @MaxChars(2000)
  bio?: string | null;

  @Field(() => PhoneNumberResolver, { nullable: true, description: 'E.164, e.g. +34600111222' })
  @IsOptional()
  @IsString()
  @MaxChars(32)
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Postal address, up to 300 characters.' })
  @IsOptional()
  @IsString()
  @MaxChars(300)
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'Up to 120 characters.' })
  @IsOptional()
  @IsString()
  @MaxChars(120)
  city?: string | null;

  @Field(() => CountryCodeResolver, { nullable: true, description: 'ISO 3166-1 alpha-2' })
  @IsOptional()
  @IsString()
  country?: string | null;

  @Field(() => TimeZoneResolver, { nullable: true, description: 'IANA time zone' })
  @IsOptional()
  @IsString()
  @MaxChars(64)
  timezone?: string | null;

  @Field(() => LocaleResolver, { nullable: true, description: 'ISO 639-1 (two lowercase letters)' })
  @Matches(/^[a-z]{2}$/, { message: 'must be an ISO 639-1 code (two lowercase letters)' })
  language?: string;

  @Field(() => EnglishLevel, { nullable: true, description: 'Null clears it.' })
  @IsOptional()
  @IsEnum(EnglishLevel)
  englishLevel?: EnglishLevel | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether to receive the newsletter.' })
  @IsBoolean()
  newsletter?: boolean;

  @Field(() => String, { nullable: true, description: "e.g. Bachelor's degree; up to 120 characters." })
  @IsOptional()
  @IsString()
  @MaxChars(120)
  educationLevel?: string | null;

  @Field(() => String, { nullable: true, description: 'What the user wants to learn, up to 2000 characters.' })
  @IsOptional()
  @IsString()
  @MaxChars(2000)
  learningGoals?: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. Discussion, Video; up to 120 characters.' })
  @IsOptional()
  @IsString()
  @MaxChars(120)
  preferredLearningStyle?: string | null;

  @Field(() => String, { nullable: true, description: 'Job or position now, up to 120 characters.' })
  @IsOptional()
  @IsString()
  @MaxChars(120)
  currentRole?: string | null;

  @Field(() => String, { nullable: true, description: 'Professional experience, up to 120 characters.' })
  @IsOptional()
  @IsString()
  @MaxChars(120)
  experienceLevel?: string | null;

  @Field(() => [String], { nullable: true, description: 'Replaces the interests: up to 30, 60 characters each.' })
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxChars(60, { each: true })
  interests?: string[];

  @Field(() => [AvailabilitySlotInput], { nullable: true, description: 'Replaces the weekly slots, up to 50.' })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  availability?: AvailabilitySlotInput[];

  @Field(() => NotificationPreferencesInput, {
    nullable: true,
    description: 'Changes the notification settings given; the others keep theirs.',
  })
  @ValidateNested()
  notificationPreferences?: NotificationPreferencesInput;

  @Field(() => [ID], { nullable: true, description: 'Replaces the skills the user mentors in.' })
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  mentorSkillIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Replaces the skills the user wants to learn.' })
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  menteeSkillIds?: string[];

  @Field(() => Int, { nullable: true, description: 'The revision you read; CONFLICT when the profile changed since.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  revision?: number | null;
}

@InputType({
  description: "Changes to the caller's own profile: absent fields stay as they are, null clears a nullable one.",
})
export class UpdateProfileInput extends ProfileFieldsInput {}
