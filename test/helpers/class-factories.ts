import { toGlobalId } from '../../src/common/global-id';
import { ActivityRole, UserActivity } from '../../src/modules/activity/user-activity.entity';
import { Difficulty, Task, TaskType } from '../../src/modules/task/task.entity';
import { ClassStatus, ClassType, VirtualClass } from '../../src/modules/virtual-class/virtual-class.entity';
import { manager } from './factories';
import type { TestServer } from './server';

export const HOUR = 3_600_000;

/** Inserts a task directly (no API), authored by `authorId`. */
export async function insertTask(
  server: TestServer,
  authorId: string,
  fields: Partial<Task> = {},
): Promise<{ task: Task; id: string }> {
  const db = manager(server);
  const task = await db.save(
    db.create(Task, {
      title: 'A task',
      description: 'About something',
      content: '# Do it',
      solvedContent: '# Done',
      type: TaskType.READING,
      difficulty: Difficulty.EASY,
      englishLevel: null,
      authorId,
      ...fields,
    }),
  );
  return { task, id: toGlobalId('Task', task.id) };
}

export interface ClassSeed {
  hostId: string;
  participantIds?: string[];
  startsAt?: Date;
  durationMinutes?: number;
  maxParticipants?: number;
  status?: ClassStatus;
  title?: string;
}

/** Inserts a GRUPAL class with its host and participants' activities directly (no API, no badges). */
export async function insertClass(server: TestServer, seed: ClassSeed): Promise<{ cls: VirtualClass; id: string }> {
  const db = manager(server);
  const members = [seed.hostId, ...(seed.participantIds ?? [])];
  const cls = await db.save(
    db.create(VirtualClass, {
      title: seed.title ?? 'Seeded class',
      startsAt: seed.startsAt ?? new Date(server.deps.clock().getTime() + 24 * HOUR),
      durationMinutes: seed.durationMinutes ?? 60,
      classType: ClassType.GRUPAL,
      maxParticipants: seed.maxParticipants ?? Math.max(10, members.length),
      participantCount: members.length,
      storedStatus: seed.status ?? ClassStatus.SCHEDULED,
      hostId: seed.hostId,
      meetingUrl: null,
      taskId: null,
      cancelReason: null,
      completedAt: null,
    }),
  );
  for (const [i, userId] of members.entries()) {
    await db.save(
      db.create(UserActivity, {
        userId,
        classId: cls.id,
        rol: i === 0 ? ActivityRole.ANFITRION : ActivityRole.PARTICIPANTE,
        taskId: null,
        completed: false,
        completedAt: null,
        taskCompletedAt: null,
      }),
    );
  }
  return { cls, id: toGlobalId('VirtualClass', cls.id) };
}

/** Names of the badges a user holds, read from the database. */
export async function earnedBadgeNames(server: TestServer, userId: string): Promise<string[]> {
  const rows: Array<{ name: string }> = await manager(server).query(
    `SELECT b."name" FROM "earned_badges" e JOIN "badges" b ON b."id" = e."badge_id" WHERE e."user_id" = $1 ORDER BY b."name"`,
    [userId],
  );
  return rows.map((r) => r.name);
}

/** The kinds and payloads of a user's notifications, oldest first. */
export async function notificationsOf(
  server: TestServer,
  userId: string,
): Promise<Array<{ kind: string; payload: Record<string, unknown> }>> {
  return manager(server).query(
    `SELECT "kind", "payload" FROM "notifications" WHERE "recipient_id" = $1 ORDER BY "created_at", "id"`,
    [userId],
  );
}
