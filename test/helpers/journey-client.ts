import { Role } from '../../src/modules/role/role';
import { createUser, type UserWithToken } from './factories';
import type { GraphQLClient } from './graphql';
import {
  AUDIT_LOG,
  CLASS_NODE,
  MY_ACTIVITIES,
  MY_BADGES,
  MY_NOTIFICATIONS,
  MY_UNREAD_MESSAGES,
  SEND_MESSAGE,
  SKILLS,
  UPDATE_PROFILE,
  type AuditEntryData,
  type ClassData,
  type MessageData,
  type MyActivities,
  type MyBadges,
  type NotificationData,
} from './journey-documents';
import type { TestServer } from './server';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;

/** The journey's reads and repeated writes, each as one call. */
export interface JourneyClient {
  as(who: UserWithToken): GraphQLClient;
  /** An ISO time `ms` after the server clock. */
  inFuture(ms: number): string;
  readClass(who: UserWithToken, id: string): Promise<ClassData>;
  myActivities(who: UserWithToken): Promise<MyActivities['viewer']>;
  myBadges(who: UserWithToken): Promise<MyBadges['viewer'] & { names: string[] }>;
  myNotifications(who: UserWithToken): Promise<NotificationData[]>;
  unreadMessages(who: UserWithToken): Promise<number>;
  sendMessage(who: UserWithToken, mentorshipId: string, content: string): Promise<MessageData>;
  /** The audit log as the journey's admin reads it. */
  auditLog(filter?: Record<string, unknown> | null): Promise<AuditEntryData[]>;
}

/**
 * The client of a journey whose server and admin are made in `beforeAll`: it reads them through a
 * getter, so the test file can destructure it at module level and call it once they exist.
 */
export function journeyClient(world: () => { server: TestServer; admin: UserWithToken }): JourneyClient {
  const as = (who: UserWithToken): GraphQLClient => world().server.client(who.token);
  return {
    as,
    inFuture: (ms) => new Date(world().server.deps.clock().getTime() + ms).toISOString(),
    readClass: async (who, id) => (await as(who).ok<{ node: ClassData }>(CLASS_NODE, { id })).node,
    myActivities: async (who) => (await as(who).ok<MyActivities>(MY_ACTIVITIES)).viewer,
    myBadges: async (who) => {
      const { viewer } = await as(who).ok<MyBadges>(MY_BADGES);
      return { ...viewer, names: viewer.earnedBadges.map((e) => e.badge.name).sort() };
    },
    myNotifications: async (who) => {
      const data = await as(who).ok<{ notifications: { nodes: NotificationData[] } }>(MY_NOTIFICATIONS);
      return data.notifications.nodes;
    },
    unreadMessages: async (who) =>
      (await as(who).ok<{ viewer: { unreadMessageCount: number } }>(MY_UNREAD_MESSAGES)).viewer.unreadMessageCount,
    sendMessage: async (who, mentorshipId, content) => {
      const data = await as(who).ok<{ sendMessage: { message: MessageData } }>(SEND_MESSAGE, {
        input: { mentorshipId, content },
      });
      return data.sendMessage.message;
    },
    auditLog: async (filter = null) => {
      const data = await as(world().admin).ok<{ auditLog: { totalCount: number; nodes: AuditEntryData[] } }>(
        AUDIT_LOG,
        {
          filter,
        },
      );
      return data.auditLog.nodes;
    },
  };
}

export interface JourneyCast {
  mentor: UserWithToken;
  learner1: UserWithToken;
  learner2: UserWithToken;
  admin: UserWithToken;
}

/** A complete profile (every required field), so profile completion is part of the journey too. */
const fullProfile = (city: string): Record<string, unknown> => ({
  address: '1 Main Street',
  city,
  country: 'ES',
  timezone: 'Europe/Madrid',
  educationLevel: 'University',
  learningGoals: 'Become a full-stack developer',
  preferredLearningStyle: 'Hands-on',
});

/** The journey's actors; only they are created directly, and they set their skills through updateProfile. */
export async function castJourney(server: TestServer): Promise<JourneyCast> {
  const as = (who: UserWithToken): GraphQLClient => server.client(who.token);
  const mentor = await createUser(server, { roles: [Role.MENTOR], firstName: 'Maria', lastName: 'Mentor' });
  const learner1 = await createUser(server, { firstName: 'Lucia', lastName: 'Learner' });
  const learner2 = await createUser(server, { firstName: 'Leo', lastName: 'Learner' });
  const admin = await createUser(server, { roles: [Role.ADMIN], firstName: 'Ada', lastName: 'Admin' });

  /** Skill global ids by slug. */
  const skill: Record<string, string> = {};
  const skills = await as(learner1).ok<{ skills: { nodes: Array<{ id: string; slug: string }> } }>(SKILLS);
  for (const s of skills.skills.nodes) skill[s.slug] = s.id;

  // Skills are set by the users themselves, through updateProfile.
  await as(mentor).ok(UPDATE_PROFILE, {
    input: { mentorSkillIds: [skill.frontend, skill.backend, skill.data] },
  });
  await as(learner1).ok(UPDATE_PROFILE, {
    input: { ...fullProfile('Madrid'), menteeSkillIds: [skill.frontend, skill.data, skill.design] },
  });
  await as(learner2).ok(UPDATE_PROFILE, {
    input: { ...fullProfile('Sevilla'), menteeSkillIds: [skill.backend] },
  });
  return { mentor, learner1, learner2, admin };
}
