import type { EntityManager } from 'typeorm';
import type { Actor } from '../../auth/actor';
import { done, type Outcome } from '../../common/outcome';
import { paginate, type ConnectionArgs, type ConnectionResult } from '../../common/pagination';
import { BadUserInputError, ConflictError } from '../../errors/app-error';
import { isUniqueViolation } from '../../errors/db-errors';
import { recordAudit } from '../audit/audit.service';
import { Skill } from './skill.entity';
import { SkillReason } from './skill.reasons';

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

export interface CreateSkillCommand {
  name: string;
  /** Derived from the name when absent. */
  slug?: string | null;
}

/** Adds a skill to the catalog (audited as `skill.create`); a taken name or slug is CONFLICT. */
export async function createSkill(
  tx: EntityManager,
  actor: Actor,
  command: CreateSkillCommand,
): Promise<Outcome<Skill>> {
  const name = command.name.trim();
  if (name === '') throw new BadUserInputError('Invalid skill', { name: 'must not be blank' });
  const slug = command.slug ?? slugify(name);
  if (slug === '') throw new BadUserInputError('Invalid skill', { slug: 'cannot be derived from this name; give one' });
  let skill: Skill;
  try {
    skill = await tx.save(tx.create(Skill, { name, slug }));
  } catch (error) {
    // The unique indexes are the arbiter, so two concurrent creations cannot both get in.
    if (isUniqueViolation(error, 'skills_name_key')) {
      throw new ConflictError(SkillReason.SKILL_NAME_TAKEN, `A skill named "${name}" already exists`);
    }
    if (isUniqueViolation(error, 'skills_slug_key')) {
      throw new ConflictError(SkillReason.SKILL_SLUG_TAKEN, `A skill with slug "${slug}" already exists`);
    }
    throw error;
  }
  await recordAudit(tx, actor, {
    action: 'skill.create',
    targetType: 'Skill',
    targetId: skill.id,
    after: { name, slug },
  });
  return done(skill);
}
