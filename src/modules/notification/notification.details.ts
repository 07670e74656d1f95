import { Field, ID, Int, ObjectType, createUnionType, registerEnumType } from 'type-graphql';
import { BadgeName } from '../badge/badge.entity';
import { MentorApplicationStatus } from '../mentor-application/mentor-application.entity';
import { MentorshipStatus } from '../mentorship/mentorship.entity';
import { Role } from '../role/role';
import { NotificationKind, type Notification } from './notification.entity';
import { noticePayloadSchemas } from './notification.payloads';

export enum RoleChangeAction {
  ASSIGNED = 'ASSIGNED',
  REVOKED = 'REVOKED',
}
registerEnumType(RoleChangeAction, {
  name: 'RoleChangeAction',
  description: 'What happened to a role window.',
  valuesConfig: {
    ASSIGNED: { description: 'The window was given.' },
    REVOKED: { description: 'The window was ended or deactivated.' },
  },
});

@ObjectType({ description: 'BADGE_EARNED: the recipient earned a badge.' })
export class BadgeEarnedDetails {
  @Field(() => BadgeName, { description: 'The badge earned.' })
  badge!: BadgeName;

  @Field({ description: "The badge's title when it was earned." })
  title!: string;
}

@ObjectType({ description: "ROLE_CHANGED: one of the recipient's role windows was assigned or revoked." })
export class RoleChangedDetails {
  @Field(() => RoleChangeAction, { description: 'Assigned or revoked.' })
  action!: RoleChangeAction;

  @Field(() => Role, { description: 'The role of the window.' })
  role!: Role;

  @Field(() => ID, { description: 'The UserRole window (a global id).' })
  userRoleId!: string;

  @Field({ description: 'When the window starts.' })
  effectiveStartDate!: Date;

  @Field(() => Date, { nullable: true, description: 'When the window ends; null for open-ended.' })
  effectiveEndDate!: Date | null;
}

@ObjectType({ description: 'MENTORSHIP_REQUESTED: a mentee asked the recipient for mentorship.' })
export class MentorshipRequestedDetails {
  @Field(() => ID, { description: 'The mentorship requested (a global id).' })
  mentorshipId!: string;

  @Field(() => MentorshipStatus, { description: 'Its status when requested (PENDING).' })
  status!: MentorshipStatus;

  @Field(() => ID, { description: 'The user who asked.' })
  byUserId!: string;
}

@ObjectType({ description: "MENTORSHIP_UPDATED: the other member changed a mentorship's status." })
export class MentorshipUpdatedDetails {
  @Field(() => ID, { description: 'The mentorship (a global id).' })
  mentorshipId!: string;

  @Field(() => MentorshipStatus, { description: 'The status it moved to.' })
  status!: MentorshipStatus;

  @Field(() => ID, { description: 'The member who changed it.' })
  byUserId!: string;
}

@ObjectType({ description: 'CLASS_CANCELLED: a class the recipient was in was cancelled.' })
export class ClassCancelledDetails {
  @Field(() => ID, { description: 'The class (a global id).' })
  classId!: string;

  @Field({ description: "The class's title." })
  title!: string;

  @Field({ description: 'When the class was to start.' })
  startsAt!: Date;

  @Field(() => String, { nullable: true, description: "The host's or admin's reason; null when none was given." })
  reason!: string | null;
}

@ObjectType({ description: "APPLICATION_REVIEWED: the recipient's mentor application was approved or rejected." })
export class ApplicationReviewedDetails {
  @Field(() => ID, { description: 'The application (a global id).' })
  applicationId!: string;

  @Field(() => MentorApplicationStatus, { description: 'APPROVED or REJECTED.' })
  status!: MentorApplicationStatus;

  @Field(() => String, { nullable: true, description: "The reviewer's reason." })
  reason!: string | null;
}

@ObjectType({ description: 'PROFILE_REMINDER: the recipient has not completed their profile.' })
export class ProfileReminderDetails {
  @Field(() => Int, { description: 'How much of the profile was filled when reminded, 0..100.' })
  profileCompletionPercentage!: number;
}

const classes = {
  [NotificationKind.BADGE_EARNED]: BadgeEarnedDetails,
  [NotificationKind.ROLE_CHANGED]: RoleChangedDetails,
  [NotificationKind.MENTORSHIP_REQUESTED]: MentorshipRequestedDetails,
  [NotificationKind.MENTORSHIP_UPDATED]: MentorshipUpdatedDetails,
  [NotificationKind.CLASS_CANCELLED]: ClassCancelledDetails,
  [NotificationKind.APPLICATION_REVIEWED]: ApplicationReviewedDetails,
  [NotificationKind.PROFILE_REMINDER]: ProfileReminderDetails,
} as const;

export const NotificationDetails = createUnionType({
  name: 'NotificationDetails',
  description: "A notification's payload, typed by its kind.",
  types: () => Object.values(classes),
});

const TIME_FIELDS = new Set(['effectiveStartDate', 'effectiveEndDate', 'startsAt']);

/** The typed details of a stored notification (its payload checked against its kind's schema). */
export function detailsOf(notification: Notification): typeof NotificationDetails {
  const payload = noticePayloadSchemas[notification.kind].parse(notification.payload) as Record<string, unknown>;
  const details = new classes[notification.kind]();
  const fields = details as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(payload)) {
    fields[key] = TIME_FIELDS.has(key) && typeof value === 'string' ? new Date(value) : value;
  }
  return details;
}
