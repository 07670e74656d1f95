import type { DataSource } from 'typeorm';
import { User } from '../modules/user/user.entity';
import { seedApplications, seedSuggestions } from './seed/applications';
import { seedClasses } from './seed/classes';
import { Clock, DEMO_OWNER_EMAIL, loadCatalog, skill, type SeedContext, type SkillSlug } from './seed/context';
import { seedActivityTrail, seedEarnedBadges, seedTotals } from './seed/finalize';
import { seedMentorships } from './seed/mentorships';
import { seedRoles } from './seed/roles';
import { seedTasks } from './seed/tasks';
import { seedUsers } from './seed/users';

/**
 * Fills an empty (migrated) database with a coherent demo world: users in every role, tasks,
 * classes in every status, mentorships with notes and messages, suggestions, applications,
 * badges, notifications and audit entries. Everything is written in one transaction.
 *
 * Every time is relative to `now`, so a seed made ahead of time can later be moved to the present
 * by shifting all its times by the same amount (see time-shift.ts).
 *
 * Returns false, writing nothing, when the demo owner already exists.
 */
export async function seedDemoData(dataSource: DataSource, now: Date = new Date()): Promise<boolean> {
  return dataSource.transaction(async (manager) => {
    if (await manager.exists(User, { where: { email: DEMO_OWNER_EMAIL } })) return false;

    const clock = new Clock(now);
    const { skills, badges } = await loadCatalog(manager);
    const users = await seedUsers(manager, clock, (slugs: SkillSlug[]) => slugs.map((s) => skill({ skills }, s)));
    const ctx: SeedContext = { manager, clock, skills, badges, users, awards: new Map() };

    const roles = await seedRoles(ctx);
    const tasks = await seedTasks(ctx);
    await seedClasses(ctx, tasks);
    await seedMentorships(ctx);
    await seedApplications(ctx);
    await seedSuggestions(ctx);
    await seedTotals(ctx);
    await seedEarnedBadges(ctx);
    await seedActivityTrail(ctx, roles);
    return true;
  });
}
