import { toGlobalId } from '../../src/common/global-id';
import { Mentorship, MentorshipStatus } from '../../src/modules/mentorship/mentorship.entity';
import { Message } from '../../src/modules/message/message.entity';
import { Role } from '../../src/modules/role/role';
import { createUser, findSkill, manager, type UserWithToken } from './factories';
import type { TestServer } from './server';

export interface Pair {
  mentor: UserWithToken;
  mentee: UserWithToken;
  mentorship: Mentorship;
  /** Global id of the mentorship. */
  id: string;
}

/** Inserts a mentorship row directly (any status); createdAt defaults to the server clock. */
export async function createMentorship(
  server: TestServer,
  fields: { mentorId: string; menteeId: string; status?: MentorshipStatus; createdAt?: Date; goals?: string[] },
): Promise<Mentorship> {
  const db = manager(server);
  const status = fields.status ?? MentorshipStatus.ACTIVE;
  const now = server.deps.clock();
  return db.save(
    db.create(Mentorship, {
      mentorId: fields.mentorId,
      menteeId: fields.menteeId,
      status,
      goals: fields.goals ?? [],
      startedAt: status === MentorshipStatus.PENDING ? null : now,
      endedAt: [MentorshipStatus.ACTIVE, MentorshipStatus.PENDING].includes(status) ? null : now,
      createdAt: fields.createdAt ?? now,
    }),
  );
}

/** A new mentor (MENTOR role), a new mentee, and a mentorship between them (ACTIVE unless told). */
export async function createPair(
  server: TestServer,
  status: MentorshipStatus = MentorshipStatus.ACTIVE,
  menteeFields: Parameters<typeof createUser>[1] = {},
): Promise<Pair> {
  const mentor = await createUser(server, { roles: [Role.MENTOR], firstName: 'Mentor' });
  const mentee = await createUser(server, { firstName: 'Mentee', ...menteeFields });
  const mentorship = await createMentorship(server, { mentorId: mentor.user.id, menteeId: mentee.user.id, status });
  return { mentor, mentee, mentorship, id: toGlobalId('Mentorship', mentorship.id) };
}

/** Sets a user's mentor and/or mentee skills by slug. */
export async function setSkills(
  server: TestServer,
  userId: string,
  skills: { mentor?: string[]; mentee?: string[] },
): Promise<void> {
  const db = manager(server);
  for (const [table, slugs] of [
    ['user_mentor_skills', skills.mentor],
    ['user_mentee_skills', skills.mentee],
  ] as const) {
    if (!slugs) continue;
    await db.query(`DELETE FROM ${table} WHERE user_id = $1`, [userId]);
    for (const slug of slugs) {
      const skill = await findSkill(server, slug);
      await db.query(`INSERT INTO ${table} (user_id, skill_id) VALUES ($1, $2)`, [userId, skill.id]);
    }
  }
}

/** Ends every MENTOR role window of a user one second ago. */
export async function endMentorRole(server: TestServer, userId: string): Promise<void> {
  const end = new Date(server.deps.clock().getTime() - 1000);
  await manager(server).query(`UPDATE user_roles SET effective_end_date = $2 WHERE user_id = $1 AND role = 'MENTOR'`, [
    userId,
    end,
  ]);
}

/** The badge names a user holds. */
export async function badgesOf(server: TestServer, userId: string): Promise<string[]> {
  const rows: Array<{ name: string }> = await manager(server).query(
    `SELECT b.name FROM earned_badges e JOIN badges b ON b.id = e.badge_id WHERE e.user_id = $1 ORDER BY b.name`,
    [userId],
  );
  return rows.map((r) => r.name);
}

/** The notification kinds a user received, oldest first. */
export async function notificationKindsOf(server: TestServer, userId: string): Promise<string[]> {
  const rows: Array<{ kind: string }> = await manager(server).query(
    `SELECT kind FROM notifications WHERE recipient_id = $1 ORDER BY created_at, id`,
    [userId],
  );
  return rows.map((r) => r.kind);
}

/** Inserts a message directly (bypassing the API's rules). */
export async function insertMessage(
  server: TestServer,
  fields: { mentorshipId: string; senderId: string; content?: string; sentAt?: Date },
): Promise<Message> {
  const db = manager(server);
  const sentAt = fields.sentAt ?? server.deps.clock();
  return db.save(
    db.create(Message, {
      mentorshipId: fields.mentorshipId,
      senderId: fields.senderId,
      content: fields.content ?? 'hello',
      sentAt,
      readAt: null,
    }),
  );
}
