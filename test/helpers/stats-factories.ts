import { ActivityRole, UserActivity } from '../../src/modules/activity/user-activity.entity';
import { AuditLog } from '../../src/modules/audit/audit-log.entity';
import { Badge, BadgeName } from '../../src/modules/badge/badge.entity';
import { EarnedBadge } from '../../src/modules/badge/earned-badge.entity';
import {
  MentorApplication,
  MentorApplicationStatus,
} from '../../src/modules/mentor-application/mentor-application.entity';
import { MentorshipNote } from '../../src/modules/mentorship/mentorship-note.entity';
import { Mentorship, MentorshipStatus } from '../../src/modules/mentorship/mentorship.entity';
import { Message } from '../../src/modules/message/message.entity';
import { Notification, NotificationKind } from '../../src/modules/notification/notification.entity';
import { Suggestion, SuggestionStatus } from '../../src/modules/suggestion/suggestion.entity';
import { Difficulty, Task, TaskType } from '../../src/modules/task/task.entity';
import { Account, AuthProvider } from '../../src/modules/user/account.entity';
import { User } from '../../src/modules/user/user.entity';
import { ClassType, VirtualClass } from '../../src/modules/virtual-class/virtual-class.entity';
import { findSkill, manager } from './factories';
import type { TestServer } from './server';

export const DAY = 24 * 3600 * 1000;

/** Moves the server clock to noon UTC two days ahead, so day boundaries are far from any test's "now". */
export function clockToNoon(server: TestServer): Date {
  const real = server.deps.clock();
  const noon = Date.UTC(real.getUTCFullYear(), real.getUTCMonth(), real.getUTCDate() + 2, 12);
  server.advanceClock(noon - real.getTime());
  return server.deps.clock();
}

export async function createApplication(
  server: TestServer,
  applicantId: string,
  status: MentorApplicationStatus,
  motivation = 'I like helping people',
): Promise<MentorApplication> {
  const db = manager(server);
  return db.save(db.create(MentorApplication, { applicantId, status, motivation, experience: 'Five years' }));
}

export interface ExportFixture {
  mentorship: Mentorship;
  otherMentorship: Mentorship;
}

/**
 * Data around `subject` (a mentee of `mentor`) and around `outsider` (another mentee of the same
 * mentor), so an export can be checked for what it holds and for what it must not hold.
 */
export async function createExportFixture(
  server: TestServer,
  ids: { subject: string; mentor: string; outsider: string; admin: string },
  now: Date,
): Promise<ExportFixture> {
  const db = manager(server);
  const { subject, mentor, outsider, admin } = ids;
  const frontend = await findSkill(server, 'frontend');
  await db.createQueryBuilder().relation(User, 'menteeSkills').of(subject).add(frontend.id);
  await db.save(
    db.create(Account, {
      userId: subject,
      provider: AuthProvider.GOOGLE,
      providerAccountId: 'google-subject-123',
      refreshTokenEncrypted: 'SECRET-CIPHERTEXT',
    }),
  );
  const mentorship = await db.save(
    db.create(Mentorship, {
      mentorId: mentor,
      menteeId: subject,
      status: MentorshipStatus.ACTIVE,
      goals: ['Learn React'],
      startedAt: now,
    }),
  );
  const otherMentorship = await db.save(
    db.create(Mentorship, { mentorId: mentor, menteeId: outsider, status: MentorshipStatus.ACTIVE, startedAt: now }),
  );
  await db.save([
    db.create(MentorshipNote, { mentorshipId: mentorship.id, authorId: mentor, body: 'Mentor note for subject' }),
    db.create(MentorshipNote, { mentorshipId: mentorship.id, authorId: subject, body: 'Subject own note' }),
    db.create(MentorshipNote, { mentorshipId: otherMentorship.id, authorId: mentor, body: 'Note about outsider' }),
  ]);
  await db.save([
    db.create(Message, { mentorshipId: mentorship.id, senderId: subject, content: 'Hello from subject', sentAt: now }),
    db.create(Message, { mentorshipId: mentorship.id, senderId: mentor, content: 'Reply to subject', sentAt: now }),
    db.create(Message, { mentorshipId: otherMentorship.id, senderId: outsider, content: 'Secret from outsider' }),
  ]);
  const mentorsClass = await db.save(
    db.create(VirtualClass, {
      title: 'Mentor class',
      startsAt: new Date(now.getTime() + DAY),
      durationMinutes: 60,
      classType: ClassType.GRUPAL,
      maxParticipants: 5,
      participantCount: 2,
      hostId: mentor,
    }),
  );
  const ownClass = await db.save(
    db.create(VirtualClass, {
      title: 'Subject hosts this',
      startsAt: new Date(now.getTime() + 2 * DAY),
      durationMinutes: 30,
      classType: ClassType.INDIVIDUAL,
      maxParticipants: 1,
      participantCount: 1,
      hostId: subject,
    }),
  );
  await db.save([
    db.create(UserActivity, { userId: subject, classId: mentorsClass.id, rol: ActivityRole.PARTICIPANTE }),
    db.create(UserActivity, { userId: mentor, classId: mentorsClass.id, rol: ActivityRole.ANFITRION }),
    db.create(UserActivity, { userId: subject, classId: ownClass.id, rol: ActivityRole.ANFITRION }),
  ]);
  await db.save(
    db.create(Task, {
      title: 'Task by subject',
      type: TaskType.READING,
      difficulty: Difficulty.EASY,
      authorId: subject,
      solvedContent: 'answers',
    }),
  );
  await db.save(
    db.create(Suggestion, {
      mentorId: mentor,
      menteeId: subject,
      score: 1,
      sharedSkillIds: [frontend.id],
      status: SuggestionStatus.PENDING,
    }),
  );
  const badge = await db.findOneByOrFail(Badge, { name: BadgeName.FIRST_CLASS_JOINED });
  await db.save(db.create(EarnedBadge, { userId: subject, badgeId: badge.id, earnedAt: now }));
  await db.save([
    db.create(Notification, {
      recipientId: subject,
      kind: NotificationKind.PROFILE_REMINDER,
      payload: { text: 'Finish your profile' },
    }),
    db.create(Notification, {
      recipientId: outsider,
      kind: NotificationKind.PROFILE_REMINDER,
      payload: { text: 'Notification for outsider' },
    }),
  ]);
  await createApplication(server, subject, MentorApplicationStatus.REJECTED, 'Subject wants to mentor');
  await db.save([
    db.create(AuditLog, {
      action: 'auth.sign_in',
      actorId: subject,
      targetType: 'User',
      targetId: subject,
      ip: '10.0.0.1',
    }),
    db.create(AuditLog, {
      action: 'user.update',
      actorId: admin,
      targetType: 'User',
      targetId: subject,
      ip: '10.9.9.9',
      userAgent: 'admin-browser',
      after: { city: 'Quito' },
    }),
    db.create(AuditLog, {
      action: 'auth.sign_in',
      actorId: outsider,
      targetType: 'User',
      targetId: outsider,
      ip: '10.7.7.7',
    }),
  ]);
  return { mentorship, otherMentorship };
}
