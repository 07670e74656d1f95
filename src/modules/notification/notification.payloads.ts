import { z } from 'zod';
import { toGlobalId } from '../../common/global-id';
import { BadgeName } from '../badge/badge.entity';
import { MentorApplicationStatus } from '../mentor-application/mentor-application.entity';
import { MentorshipStatus } from '../mentorship/mentorship.entity';
import { Role } from '../role/role';
import { NotificationKind } from './notification.entity';

const globalId = (type: string) =>
  z.string().refine((v) => Buffer.from(v, 'base64url').toString().startsWith(`${type}:`));
const isoTime = z.iso.datetime({ offset: true });

/**
 * The stored payload of each kind, strict: what services, the seed and the schema's typed
 * `details` agree on. Ids are global ids (usable with `node(id:)`), times ISO 8601 strings.
 */
export const noticePayloadSchemas = {
  [NotificationKind.BADGE_EARNED]: z.strictObject({ badge: z.enum(BadgeName), title: z.string() }),
  [NotificationKind.ROLE_CHANGED]: z.strictObject({
    action: z.enum(['ASSIGNED', 'REVOKED']),
    role: z.enum(Role),
    userRoleId: globalId('UserRole'),
    effectiveStartDate: isoTime,
    effectiveEndDate: isoTime.nullable(),
  }),
  [NotificationKind.MENTORSHIP_REQUESTED]: z.strictObject({
    mentorshipId: globalId('Mentorship'),
    status: z.enum(MentorshipStatus),
    byUserId: globalId('User'),
  }),
  [NotificationKind.MENTORSHIP_UPDATED]: z.strictObject({
    mentorshipId: globalId('Mentorship'),
    status: z.enum(MentorshipStatus),
    byUserId: globalId('User'),
  }),
  [NotificationKind.CLASS_CANCELLED]: z.strictObject({
    classId: globalId('VirtualClass'),
    title: z.string(),
    startsAt: isoTime,
    reason: z.string().nullable(),
  }),
  [NotificationKind.APPLICATION_REVIEWED]: z.strictObject({
    applicationId: globalId('MentorApplication'),
    status: z.enum(MentorApplicationStatus),
    reason: z.string().nullable(),
  }),
  [NotificationKind.PROFILE_REMINDER]: z.strictObject({ profileCompletionPercentage: z.number().int() }),
} satisfies Record<NotificationKind, z.ZodType>;

export type NoticePayload<K extends NotificationKind> = z.infer<(typeof noticePayloadSchemas)[K]>;

/** A notification to write: its kind and that kind's payload. */
export type Notice = { [K in NotificationKind]: { kind: K; payload: NoticePayload<K> } }[NotificationKind];

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

/** One builder per kind, from domain values; the only way services and the seed make payloads. */
export const notices = {
  badgeEarned: (badge: { name: BadgeName; title: string }): Notice => ({
    kind: NotificationKind.BADGE_EARNED,
    payload: { badge: badge.name, title: badge.title },
  }),

  roleChanged: (
    action: 'ASSIGNED' | 'REVOKED',
    window: { id: string; role: Role; effectiveStartDate: Date; effectiveEndDate: Date | null },
  ): Notice => ({
    kind: NotificationKind.ROLE_CHANGED,
    payload: {
      action,
      role: window.role,
      userRoleId: toGlobalId('UserRole', window.id),
      effectiveStartDate: window.effectiveStartDate.toISOString(),
      effectiveEndDate: iso(window.effectiveEndDate),
    },
  }),

  mentorshipRequested: (m: { id: string; status: MentorshipStatus }, byUserId: string): Notice => ({
    kind: NotificationKind.MENTORSHIP_REQUESTED,
    payload: { mentorshipId: toGlobalId('Mentorship', m.id), status: m.status, byUserId: toGlobalId('User', byUserId) },
  }),

  mentorshipUpdated: (m: { id: string; status: MentorshipStatus }, byUserId: string): Notice => ({
    kind: NotificationKind.MENTORSHIP_UPDATED,
    payload: { mentorshipId: toGlobalId('Mentorship', m.id), status: m.status, byUserId: toGlobalId('User', byUserId) },
  }),

  classCancelled: (cls: { id: string; title: string; startsAt: Date; cancelReason: string | null }): Notice => ({
    kind: NotificationKind.CLASS_CANCELLED,
    payload: {
      classId: toGlobalId('VirtualClass', cls.id),
      title: cls.title,
      startsAt: cls.startsAt.toISOString(),
      reason: cls.cancelReason,
    },
  }),

  applicationReviewed: (
    application: { id: string; status: MentorApplicationStatus },
    reason: string | null,
  ): Notice => ({
    kind: NotificationKind.APPLICATION_REVIEWED,
    payload: {
      applicationId: toGlobalId('MentorApplication', application.id),
      status: application.status,
      reason,
    },
  }),

  profileReminder: (user: { profileCompletionPercentage: number }): Notice => ({
    kind: NotificationKind.PROFILE_REMINDER,
    payload: { profileCompletionPercentage: user.profileCompletionPercentage },
  }),
};
