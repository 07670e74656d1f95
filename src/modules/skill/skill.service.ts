import type { EntityManager } from 'typeorm';
import { BadUserInputError, ConflictError } from '../../errors/app-error';
import { isUniqueViolation } from '../../errors/db-errors';
import { paginate, type ConnectionArgs, type ConnectionResult } from '../../common/pagination';
import { recordAudit, type AuditActor } from '../audit/audit.service';
import { Skill } from './skill.entity';

/** The skill catalog, by name. */
export function listSkills(db: EntityManager, args: ConnectionArgs): Promise<ConnectionResult<Skill>> {
  return paginate(db.getRepository(Skill).createQueryBuilder('s'), args, [
    { expr: 's.name', value: (s) => s.name },
    { expr: 's.id', value: (s) => s.id },
  ]);
}

/** The slug of a skill name: lowercase, every run of non-alphanumerics one dash, no dash at either end. */
export function slugify(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Adds a skill to the catalog (audited as `skill.create`); a taken name or slug is CONFLICT. */
export async function createSkill(
  db: EntityManager,
  actor: AuditActor,
  input: { name: string; slug?: string | null },
): Promise<Skill> {
  const name = input.name.trim();
  if (name === '') throw new BadUserInputError('Invalid skill', { name: 'must not be blank' });
  const slug = input.slug ?? slugify(name);
  if (slug === '') throw new BadUserInputError('Invalid skill', { slug: 'cannot be derived from this name; give one' });
  try {
    return await db.transaction(async (manager) => {
      const skill = await manager.save(manager.create(Skill, { name, slug }));
      await recordAudit(manager, actor, {
        action: 'skill.create',
        targetType: 'Skill',
        targetId: skill.id,
        after: { name, slug },
      });
      return skill;
    });
  } catch (error) {
    if (isUniqueViolation(error, 'skills_name_key')) throw new ConflictError(`A skill named "${name}" already exists`);
    if (isUniqueViolation(error, 'skills_slug_key'))
      throw new ConflictError(`A skill with slug "${slug}" already exists`);
    throw error;
  }
}
