import { In, type EntityManager } from 'typeorm';
import { toGlobalId } from '../../common/global-id';
import { NotFoundError } from '../../errors/app-error';
import { UserActivity } from '../activity/user-activity.entity';
import { AuditLog } from '../audit/audit-log.entity';
import { EarnedBadge } from '../badge/earned-badge.entity';
import { MentorApplication } from '../mentor-application/mentor-application.entity';
import { Mentorship } from '../mentorship/mentorship.entity';
import { MentorshipNote } from '../mentorship/mentorship-note.entity';
import { Message } from '../message/message.entity';
import { Notification } from '../notification/notification.entity';
import { UserRole } from '../role/user-role.entity';
import type { Skill } from '../skill/skill.entity';
import { Suggestion } from '../suggestion/suggestion.entity';
import { Task } from '../task/task.entity';
import { Account } from '../user/account.entity';
import { User } from '../user/user.entity';
import { VirtualClass } from '../virtual-class/virtual-class.entity';
import { exportRow, type Json, type JsonObject } from './export.serialize';

const skillRef = (s: Skill): JsonObject => ({ id: toGlobalId('Skill', s.id), name: s.name, slug: s.slug });
const oldestFirst = { createdAt: 'ASC', id: 'ASC' } as const;

/**
 * Everything stored about one user (GDPR access request) as one JSON document, read in one
 * REPEATABLE READ snapshot so its parts agree with each other. Secrets are never included.
 */
export async function exportUserData(db: EntityManager, userId: string, now: Date): Promise<JsonObject> {
  return db.transaction('REPEATABLE READ', async (m) => {
    const user = await m.findOne(User, {
      where: { id: userId },
      relations: { mentorSkills: true, menteeSkills: true },
    });
    if (!user) throw new NotFoundError('User');
    const mentorships = await m.find(Mentorship, {
      where: [{ mentorId: userId }, { menteeId: userId }],
      order: oldestFirst,
    });
    const mentorshipIds = mentorships.map((x) => x.id);
    const [notes, messages] =
      mentorshipIds.length === 0
        ? [[], []]
        : [
            await m.find(MentorshipNote, { where: { mentorshipId: In(mentorshipIds) }, order: oldestFirst }),
            await m.find(Message, { where: { mentorshipId: In(mentorshipIds) }, order: { sentAt: 'ASC', id: 'ASC' } }),
          ];
    const roles = await m.find(UserRole, { where: { userId }, order: { effectiveStartDate: 'ASC', id: 'ASC' } });
    const accounts = await m.find(Account, { where: { userId }, order: oldestFirst });
    const activities = await m.find(UserActivity, { where: { userId }, order: oldestFirst });
    const tasks = await m.find(Task, { where: { authorId: userId }, order: oldestFirst });
    const classes = await m.find(VirtualClass, { where: { hostId: userId }, order: oldestFirst });
    const suggestions = await m.find(Suggestion, {
      where: [{ mentorId: userId }, { menteeId: userId }],
      order: oldestFirst,
    });
    const badges = await m.find(EarnedBadge, {
      where: { userId },
      relations: { badge: true },
      order: { earnedAt: 'ASC' },
    });
    const notifications = await m.find(Notification, { where: { recipientId: userId }, order: oldestFirst });
    const applications = await m.find(MentorApplication, {
      where: { applicantId: userId },
      relations: { skills: true },
      order: oldestFirst,
    });
    const audit = await m.find(AuditLog, {
      where: [{ actorId: userId }, { targetType: 'User', targetId: userId }],
      order: oldestFirst,
    });

    const notesOf = (mentorshipId: string): Json[] =>
      notes.filter((n) => n.mentorshipId === mentorshipId).map((n) => exportRow('MentorshipNote', n));

    return {
      exportedAt: now.toISOString(),
      profile: { ...exportRow('User', user), displayName: user.displayName },
      skills: {
        mentor: (user.mentorSkills ?? []).map(skillRef),
        mentee: (user.menteeSkills ?? []).map(skillRef),
      },
      roles: roles.map((r) => exportRow('UserRole', r)),
      // Which identities are linked, nothing more: tokens stay on the server.
      accounts: accounts.map((a) => ({ provider: a.provider, providerAccountId: a.providerAccountId })),
      activities: activities.map((a) => exportRow('UserActivity', a)),
      tasksAuthored: tasks.map((t) => exportRow('Task', t)),
      classesHosted: classes.map((c) => ({ ...exportRow('VirtualClass', c), status: c.statusAt(now) })),
      mentorships: mentorships.map((x) => ({
        ...exportRow('Mentorship', x),
        side: x.mentorId === userId ? 'MENTOR' : 'MENTEE',
        notes: notesOf(x.id),
      })),
      messages: messages.map((x) => ({
        ...exportRow('Message', x),
        direction: x.senderId === userId ? 'SENT' : 'RECEIVED',
      })),
      suggestions: suggestions.map((s) => ({
        ...exportRow('Suggestion', s),
        sharedSkillIds: s.sharedSkillIds.map((id) => toGlobalId('Skill', id)),
        side: s.mentorId === userId ? 'MENTOR' : 'MENTEE',
      })),
      earnedBadges: badges.map((b) => ({ ...exportRow('EarnedBadge', b), badge: b.badge?.name ?? null })),
      notifications: notifications.map((n) => exportRow('Notification', n)),
      mentorApplications: applications.map((a) => ({
        ...exportRow('MentorApplication', a),
        skills: (a.skills ?? []).map(skillRef),
      })),
      auditLog: audit.map((a) => {
        const { ip, userAgent, ...rest } = exportRow('AuditLog', a);
        const targetId = a.targetType && a.targetId ? toGlobalId(a.targetType, a.targetId) : a.targetId;
        // Where and from what device someone else acted on this user is that person's data, not the caller's.
        return a.actorId === userId ? { ...rest, targetId, ip, userAgent } : { ...rest, targetId };
      }),
    };
  });
}
