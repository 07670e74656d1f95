import {
  CountryCodeResolver,
  EmailAddressResolver,
  LocaleResolver,
  PhoneNumberResolver,
  TimeZoneResolver,
  URLResolver,
} from 'graphql-scalars';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinTable, ManyToMany, type Relation } from 'typeorm';
import { Auth } from '../../auth/auth.decorator';
import { AuthRule } from '../../auth/rules';
import { Node, Timestamped } from '../../common/node';
import { inEnum } from '../../common/sql';
import { NotificationPreferences, notificationPreferencesColumn } from '../mail/mail-preferences';
import { Skill } from '../skill/skill.entity';

export enum UserStatus {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  DELETED = 'DELETED',
}
export enum EnglishLevel {
  INICIAL = 'INICIAL',
  BASICO = 'BASICO',
  INTERMEDIO = 'INTERMEDIO',
  AVANZADO = 'AVANZADO',
}
registerEnumType(UserStatus, {
  name: 'UserStatus',
  description: "A user account's status.",
  valuesConfig: {
    ACTIVE: { description: 'May sign in and use the platform.' },
    SUSPENDED: { description: 'Suspended by an admin: every request is refused until reactivated.' },
    DELETED: { description: 'Soft-deleted by an admin (restoreUser brings it back).' },
  },
});
registerEnumType(EnglishLevel, {
  name: 'EnglishLevel',
  description: 'Level of English, from beginner to advanced.',
  valuesConfig: {
    INICIAL: { description: 'Beginner.' },
    BASICO: { description: 'Basic.' },
    INTERMEDIO: { description: 'Intermediate.' },
    AVANZADO: { description: 'Advanced.' },
  },
});

/** One weekly availability slot. */
@ObjectType({ description: 'A weekly slot when the user is available.' })
export class AvailabilitySlot {
  @Field(() => Int, { description: '0 = Sunday … 6 = Saturday' })
  weekday!: number;

  @Field({ description: 'HH:MM, in the user timezone' })
  start!: string;

  @Field({ description: 'HH:MM, in the user timezone' })
  end!: string;
}

/**
 * A person on the platform. The public card (id, displayName, avatarUrl, bio, skills, badges) is
 * readable by every signed-in user; every other field is private to the user and admins.
 */
@ObjectType({
  implements: Node,
  description: 'A person on the platform: a public card (name, avatar, bio, skills, badges) and a private profile.',
})
@Entity('users')
@Index('users_created_at_idx', ['createdAt'])
// Trigram expression index for the user search, created by migration UserSearchIndex; TypeORM can't express it.
@Index('users_search_trgm_idx', { synchronize: false })
@Check('users_status_check', inEnum('status', UserStatus))
@Check('users_english_level_check', `"english_level" IS NULL OR ${inEnum('english_level', EnglishLevel)}`)
@Check('users_total_classes_check', '"total_classes" >= 0')
@Check('users_completion_check', '"profile_completion_percentage" BETWEEN 0 AND 100')
@Check('users_revision_check', '"revision" >= 1')
export class User extends Timestamped {
  @Field(() => EmailAddressResolver, { description: 'Sign-in email, unique (case-insensitive).' })
  @Auth(AuthRule.SELF_MENTOR_OR_ADMIN)
  @Index('users_email_key', { unique: true })
  @Column({ type: 'citext' })
  email!: string;

  @Field(() => Boolean, { description: 'Whether the sign-in provider verified the email.' })
  @Auth(AuthRule.SELF_OR_ADMIN)
  @Column({ default: false })
  emailVerified!: boolean;

  @Field(() => String, { nullable: true, description: 'Given name; null until filled.' })
  @Auth(AuthRule.SELF_OR_ADMIN)
  @Column({ type: 'varchar', length: 100, nullable: true })
  firstName!: string | null;

  @Field(() => String, { nullable: true, description: 'Family name; null until filled.' })
  @Auth(AuthRule.SELF_OR_ADMIN)
  @Column({ type: 'varchar', length: 100, nullable: true })
  lastName!: string | null;

  @Field(() => URLResolver, { nullable: true, description: 'Picture URL (http or https); null when none.' })
  @Column({ type: 'varchar', length: 2048, nullable: true })
  avatarUrl!: string | null;

  @Field(() => String, { nullable: true, description: 'About the user, in their words; null when empty.' })
  @Column({ type: 'text', nullable: true })
  bio!: string | null;

  @Field(() => PhoneNumberResolver, { nullable: true, description: 'Phone number, E.164; null when not given.' })
  @Auth(AuthRule.SELF_OR_ADMIN)
  @Column({ type: 'varchar', length: 32, nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true, description: 'Postal address; null until filled.' })
  @Auth(AuthRule.SELF_OR_ADMIN)
  @Column({ type: 'varchar', length: 300, nullable: true })
  address!: string | null;

  @Field(() => String, { nullable: true, description: 'City; null until filled.' })
  @Auth(AuthRule.SELF_OR_ADMIN)
  @Column({ type: 'varchar', length: 120, nullable: true })
  city!: string | null;

  @Field(() => CountryCodeResolver, { nullable: true, description: 'Country, ISO 3166-1 alpha-2; null until filled.' })
  @Auth(AuthRule.SELF_OR_ADMIN)
  @Column({ type: 'char', length: 2, nullable: true })
  country!: string | null;

  @Field(() => TimeZoneResolver, { nullable: true, description: 'IANA time zone (Europe/Madrid); null until filled.' })
  @Auth(AuthRule.SELF_OR_ADMIN)
  @Column({ type: 'varchar', length: 64, nullable: true })
  timezone!: string | null;

  @Field(() => LocaleResolver, { description: 'Language for e-mails, ISO 639-1 (default en).' })
  @Auth(AuthRule.SELF_OR_ADMIN)
  @Column({ type: 'varchar', length: 8, default: 'en' })
  language!: string;

  @Field(() => EnglishLevel, { nullable: true, description: 'Self-assessed English level; null when not given.' })
  @Auth(AuthRule.SELF_OR_ADMIN)
  @Column({ type: 'varchar', length: 16, nullable: true })
  englishLevel!: EnglishLevel | null;

  @Field(() => Boolean, { description: 'Whether the user receives the newsletter.' })
  @Auth(AuthRule.SELF_OR_ADMIN)
  @Column({ default: false })
  newsletter!: boolean;

  @Field(() => String, { nullable: true, description: "Highest education, e.g. Bachelor's degree; null until filled." })
  @Auth(AuthRule.SELF_OR_ADMIN)
  @Column({ type: 'varchar', length: 120, nullable: true })
  educationLevel!: string | null;

  @Field(() => String, { nullable: true, description: 'What the user wants to learn; null until filled.' })
  @Auth(AuthRule.SELF_OR_ADMIN)
  @Column({ type: 'text', nullable: true })
  learningGoals!: string | null;

  @Field(() => String, { nullable: true, description: 'How the user likes to learn (Discussion); null until filled.' })
  @Auth(AuthRule.SELF_OR_ADMIN)
  @Column({ type: 'varchar', length: 120, nullable: true })
  preferredLearningStyle!: string | null;

  @Field(() => String, { nullable: true, description: 'Job or position now; null when not given.' })
  @Auth(AuthRule.SELF_OR_ADMIN)
  @Column({ type: 'varchar', length: 120, nullable: true })
  currentRole!: string | null;

  @Field(() => String, { nullable: true, description: 'Professional experience; null when not given.' })
  @Auth(AuthRule.SELF_OR_ADMIN)
  @Column({ type: 'varchar', length: 120, nullable: true })
  experienceLevel!: string | null;

  @Field(() => [String], { description: 'Topics of interest, as entered.' })
  @Auth(AuthRule.SELF_OR_ADMIN)
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  interests!: string[];

  @Field(() => [AvailabilitySlot], { description: 'Weekly slots when the user is available.' })
  @Auth(AuthRule.SELF_OR_ADMIN)
  @Column({ type: 'jsonb', default: () => "'[]'" })
  availability!: AvailabilitySlot[];

  @Field(() => NotificationPreferences, { description: 'Notification settings: which e-mails the user receives.' })
  @Auth(AuthRule.SELF_OR_ADMIN)
  @Column({ type: 'jsonb', default: () => "'{}'", transformer: notificationPreferencesColumn })
  notificationPreferences!: NotificationPreferences;

  @ManyToMany(() => Skill)
  @JoinTable({ name: 'user_mentor_skills', joinColumn: { name: 'user_id' }, inverseJoinColumn: { name: 'skill_id' } })
  mentorSkills?: Relation<Skill[]>;

  @ManyToMany(() => Skill)
  @JoinTable({ name: 'user_mentee_skills', joinColumn: { name: 'user_id' }, inverseJoinColumn: { name: 'skill_id' } })
  menteeSkills?: Relation<Skill[]>;

  @Field(() => Int, { description: 'Distinct classes with a completed activity (kept by the server).' })
  @Auth(AuthRule.SELF_OR_ADMIN)
  @Column({ type: 'int', default: 0 })
  totalClasses!: number;

  @Field(() => UserStatus, { description: 'Account status; suspended and deleted users are refused.' })
  @Auth(AuthRule.SELF_OR_ADMIN)
  @Index('users_status_idx')
  @Column({ type: 'varchar', length: 16, default: UserStatus.ACTIVE })
  status!: UserStatus;

  @Field(() => Boolean, { description: 'Every required profile field is filled.' })
  @Auth(AuthRule.SELF_OR_ADMIN)
  @Column({ default: false })
  profileComplete!: boolean;

  @Field(() => Boolean, { description: 'The user chose to skip the profile form for now.' })
  @Auth(AuthRule.SELF_OR_ADMIN)
  @Column({ default: false })
  profileSkipped!: boolean;

  @Field(() => Int, { description: 'Required profile fields filled, 0..100 (in steps of 10).' })
  @Auth(AuthRule.SELF_OR_ADMIN)
  @Column({ type: 'int', default: 0 })
  profileCompletionPercentage!: number;

  @Field(() => Boolean, { description: 'An admin stopped this user from sending messages.' })
  @Auth(AuthRule.SELF_OR_ADMIN)
  @Column({ default: false })
  messagingDisabled!: boolean;

  @Field(() => Boolean, { description: 'An admin stopped this user from changing their profile fields.' })
  @Auth(AuthRule.SELF_OR_ADMIN)
  @Column({ default: false })
  profileFieldChangeDisabled!: boolean;

  @Field(() => Date, { nullable: true, description: 'Last sign-in; null when never signed in.' })
  @Auth(AuthRule.SELF_OR_ADMIN)
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  lastSignInAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the user was soft-deleted; null unless DELETED.' })
  @Auth(AuthRule.SELF_OR_ADMIN)
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  deletedAt!: Date | null;

  /** Optimistic-concurrency counter: +1 on every write. */
  @Field(() => Int, { description: 'Increases with every write; send it with updates to detect concurrent changes.' })
  @Auth(AuthRule.SELF_OR_ADMIN)
  @Column({ type: 'int', default: 1 })
  revision!: number;

  /** Bumped by signOutEverywhere; tokens carrying an older value are refused. Never exposed. */
  @Column({ type: 'int', default: 0 })
  tokenVersion!: number;

  @Field({ description: 'First and last name, else the local part of the email.' })
  get displayName(): string {
    const full = [this.firstName, this.lastName].filter((p) => p && p.trim() !== '').join(' ');
    return full !== '' ? full : this.email.split('@')[0];
  }
}
