import type { EntityManager } from 'typeorm';
import type { Skill } from '../../modules/skill/skill.entity';
import { profileCompletion } from '../../modules/user/profile-completion';
import { User } from '../../modules/user/user.entity';
import { Clock, HOUR, plus, type SkillSlug, type UserKey } from './context';
import { LEARNERS } from './learner-data';
import { STAFF } from './user-data';

const USERS = [...STAFF, ...LEARNERS];

/** Inserts the demo users (with their skill lists); totalClasses is set later from the class data. */
export async function seedUsers(
  manager: EntityManager,
  clock: Clock,
  skills: (slugs: SkillSlug[]) => Skill[],
): Promise<Record<UserKey, User>> {
  const created: Partial<Record<UserKey, User>> = {};
  for (const seed of USERS) {
    const createdAt = clock.daysAgo(seed.createdDaysAgo);
    const user = manager.create(User, {
      email: seed.email,
      emailVerified: true,
      ...seed.profile,
      mentorSkills: skills(seed.mentorSkills),
      menteeSkills: skills(seed.menteeSkills),
      lastSignInAt: seed.lastSignInDaysAgo === null ? null : plus(clock.daysAgo(seed.lastSignInDaysAgo), -2 * HOUR),
      createdAt,
      updatedAt: createdAt,
    });
    const { percentage, complete } = profileCompletion(user);
    user.profileCompletionPercentage = percentage;
    user.profileComplete = complete;
    created[seed.key] = await manager.save(user);
  }
  const keys = USERS.map((u) => u.key);
  const missing = keys.filter((k) => created[k] === undefined);
  if (missing.length > 0) throw new Error(`Demo users not created: ${missing.join(', ')}`);
  return created as Record<UserKey, User>;
}
