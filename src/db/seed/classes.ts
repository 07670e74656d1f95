import { ActivityRole, UserActivity } from '../../modules/activity/user-activity.entity';
import { BadgeName } from '../../modules/badge/badge.entity';
import { notices } from '../../modules/notification/notification.payloads';
import { ClassStatus, ClassType, VirtualClass } from '../../modules/virtual-class/virtual-class.entity';
import { award, DAY, HOUR, MINUTE, plus, seedNotice, type SeedContext, type UserKey } from './context';
import type { TaskKey } from './tasks';
import type { Task } from '../../modules/task/task.entity';

type StoredStatus = ClassStatus.SCHEDULED | ClassStatus.COMPLETED | ClassStatus.CANCELLED;

interface ClassSeed {
  title: string;
  host: UserKey;
  /** Start day relative to today, and the UTC hour it starts at. */
  dayOffset: number;
  hourUtc: number;
  durationMinutes: number;
  classType: ClassType;
  maxParticipants: number;
  status: StoredStatus;
  bookedDaysAgo: number;
  participants: UserKey[];
  task?: TaskKey;
  /** Members (host included) who completed the attached task. */
  taskDoneBy?: UserKey[];
  cancelReason?: string;
}

const CLASSES: ClassSeed[] = [
  // Upcoming.
  {
    title: 'React state management clinic',
    host: 'ana',
    dayOffset: 2,
    hourUtc: 18,
    durationMinutes: 60,
    classType: ClassType.GRUPAL,
    maxParticipants: 5,
    status: ClassStatus.SCHEDULED,
    bookedDaysAgo: 6,
    participants: ['carla', 'david'],
  },
  {
    title: 'Docker from zero',
    host: 'ben',
    dayOffset: 4,
    hourUtc: 17,
    durationMinutes: 90,
    classType: ClassType.GRUPAL,
    maxParticipants: 5,
    status: ClassStatus.SCHEDULED,
    bookedDaysAgo: 9,
    participants: ['farid', 'emma', 'grace', 'ines'],
  },
  {
    title: 'Portfolio review circle',
    host: 'carla',
    dayOffset: 6,
    hourUtc: 19,
    durationMinutes: 45,
    classType: ClassType.GRUPAL,
    maxParticipants: 5,
    status: ClassStatus.SCHEDULED,
    bookedDaysAgo: 1,
    participants: [],
  },
  {
    title: '1:1 study session: statistics refresher',
    host: 'emma',
    dayOffset: 3,
    hourUtc: 16,
    durationMinutes: 30,
    classType: ClassType.INDIVIDUAL,
    maxParticipants: 1,
    status: ClassStatus.SCHEDULED,
    bookedDaysAgo: 2,
    participants: [],
  },
  // Ended but its activity was never uploaded: reads as PENDING.
  {
    title: 'Data cleaning with pandas',
    host: 'chloe',
    dayOffset: -2,
    hourUtc: 16,
    durationMinutes: 90,
    classType: ClassType.GRUPAL,
    maxParticipants: 5,
    status: ClassStatus.SCHEDULED,
    bookedDaysAgo: 8,
    participants: ['emma', 'david'],
  },
  // Completed, with their activity uploaded.
  {
    title: 'Accessible forms in practice',
    host: 'ana',
    dayOffset: -20,
    hourUtc: 18,
    durationMinutes: 60,
    classType: ClassType.GRUPAL,
    maxParticipants: 5,
    status: ClassStatus.COMPLETED,
    bookedDaysAgo: 27,
    participants: ['carla', 'grace', 'hugo'],
    task: 'a11yQuiz',
    taskDoneBy: ['carla', 'grace'],
  },
  {
    title: 'GraphQL schema design workshop',
    host: 'ben',
    dayOffset: -14,
    hourUtc: 17,
    durationMinutes: 120,
    classType: ClassType.GRUPAL,
    maxParticipants: 5,
    status: ClassStatus.COMPLETED,
    bookedDaysAgo: 21,
    participants: ['carla', 'david', 'emma', 'farid'],
    task: 'apiReading',
    taskDoneBy: ['carla', 'emma'],
  },
  {
    title: 'Intro to classification metrics',
    host: 'chloe',
    dayOffset: -10,
    hourUtc: 16,
    durationMinutes: 60,
    classType: ClassType.GRUPAL,
    maxParticipants: 4,
    status: ClassStatus.COMPLETED,
    bookedDaysAgo: 15,
    participants: ['emma', 'ines'],
    task: 'mlVideo',
    taskDoneBy: ['emma'],
  },
  {
    title: 'SQL study group',
    host: 'emma',
    dayOffset: -7,
    hourUtc: 18,
    durationMinutes: 90,
    classType: ClassType.GRUPAL,
    maxParticipants: 5,
    status: ClassStatus.COMPLETED,
    bookedDaysAgo: 12,
    participants: ['david', 'carla'],
    task: 'sqlExam',
    taskDoneBy: ['david'],
  },
  // Cancelled by its host before it started.
  {
    title: 'Threat modeling 101',
    host: 'ben',
    dayOffset: 1,
    hourUtc: 17,
    durationMinutes: 60,
    classType: ClassType.GRUPAL,
    maxParticipants: 5,
    status: ClassStatus.CANCELLED,
    bookedDaysAgo: 10,
    participants: ['farid', 'ines'],
    cancelReason: 'The host is unwell; the session will be rescheduled next week.',
  },
];

const slugify = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Inserts the classes and every member's activity; participantCount is the number of activity rows. */
export async function seedClasses(ctx: SeedContext, tasks: Record<TaskKey, Task>): Promise<VirtualClass[]> {
  const { manager, clock, users } = ctx;
  const saved: VirtualClass[] = [];
  for (const seed of CLASSES) {
    const members = [seed.host, ...seed.participants];
    if (members.length > seed.maxParticipants) throw new Error(`Class "${seed.title}" is over capacity`);
    const startsAt = clock.dayAt(seed.dayOffset, seed.hourUtc);
    const endsAt = plus(startsAt, seed.durationMinutes * MINUTE);
    const bookedAt = plus(clock.daysAgo(seed.bookedDaysAgo), -3 * HOUR);
    const completed = seed.status === ClassStatus.COMPLETED;
    const completedAt = completed ? plus(endsAt, 2 * HOUR) : null;
    const task = seed.task ? tasks[seed.task] : null;
    const cancelledAt = seed.status === ClassStatus.CANCELLED ? plus(clock.now, -6 * HOUR) : null;

    const vc = await manager.save(
      manager.create(VirtualClass, {
        title: seed.title,
        startsAt,
        durationMinutes: seed.durationMinutes,
        classType: seed.classType,
        maxParticipants: seed.maxParticipants,
        participantCount: members.length,
        storedStatus: seed.status,
        hostId: users[seed.host].id,
        meetingUrl: `https://meet.aula.dev/${slugify(seed.title)}`,
        taskId: task ? task.id : null,
        cancelReason: seed.cancelReason ?? null,
        completedAt,
        createdAt: bookedAt,
        updatedAt: completedAt ?? cancelledAt ?? bookedAt,
      }),
    );
    saved.push(vc);
    award(ctx, users[seed.host], BadgeName.FIRST_CLASS_BOOKED, bookedAt);

    // Participants joined between the booking and the start (or now, for classes still ahead).
    const joinWindowEnd = startsAt < clock.now ? startsAt : clock.now;
    const step = (joinWindowEnd.getTime() - bookedAt.getTime()) / (members.length + 1);
    for (const [i, key] of members.entries()) {
      const isHost = i === 0;
      const joinedAt = isHost ? bookedAt : plus(bookedAt, Math.round(step * i));
      const taskDone = completed && task !== null && (seed.taskDoneBy ?? []).includes(key);
      const taskCompletedAt = taskDone && completedAt ? plus(completedAt, (i + 1) * DAY) : null;
      await manager.save(
        manager.create(UserActivity, {
          userId: users[key].id,
          classId: vc.id,
          taskId: completed && task ? task.id : null,
          rol: isHost ? ActivityRole.ANFITRION : ActivityRole.PARTICIPANTE,
          completed,
          completedAt,
          taskCompletedAt,
          createdAt: joinedAt,
          updatedAt: taskCompletedAt ?? completedAt ?? joinedAt,
        }),
      );
      if (!isHost) award(ctx, users[key], BadgeName.FIRST_CLASS_JOINED, joinedAt);
      if (taskCompletedAt) award(ctx, users[key], BadgeName.FIRST_TASK_COMPLETED, taskCompletedAt);
      if (cancelledAt && !isHost) {
        await seedNotice(manager, users[key].id, notices.classCancelled(vc), {
          at: cancelledAt,
          readAt: key === 'ines' ? plus(cancelledAt, 2 * HOUR) : null,
        });
      }
    }
  }
  return saved;
}
