import DataLoader from 'dataloader';
import { In, type EntityManager } from 'typeorm';
import { byKey } from '../../common/loader-utils';
import { Skill } from '../skill/skill.entity';
import { User } from './user.entity';

/** The join tables behind User.mentorSkills and User.menteeSkills. */
export type SkillJoinTable = 'user_mentor_skills' | 'user_mentee_skills';

/** Skills of many users in two statements (join rows, then the skills), each list by name. */
function skillsByUserId(db: EntityManager, table: SkillJoinTable): DataLoader<string, Skill[]> {
  return new DataLoader<string, Skill[]>(async (userIds) => {
    const links: Array<{ user_id: string; skill_id: string }> = await db.query(
      `SELECT "user_id", "skill_id" FROM "${table}" WHERE "user_id" = ANY($1::uuid[])`,
      [[...userIds]],
    );
    const skillIds = [...new Set(links.map((l) => l.skill_id))];
    const skills = skillIds.length ? await db.find(Skill, { where: { id: In(skillIds) } }) : [];
    const skillById = new Map(skills.map((s) => [s.id, s]));
    const lists = new Map<string, Skill[]>(userIds.map((id) => [id, []]));
    for (const link of links) {
      const skill = skillById.get(link.skill_id);
      if (skill) lists.get(link.user_id)?.push(skill);
    }
    return userIds.map((id) => (lists.get(id) ?? []).sort((a, b) => a.name.localeCompare(b.name)));
  });
}

export function createUserLoaders(db: EntityManager) {
  return {
    userById: new DataLoader<string, User | null>(async (ids) => {
      const rows = await db.find(User, { where: { id: In([...ids]) } });
      return byKey(ids, rows, (r) => r.id);
    }),
    /** The skills each user mentors in. */
    mentorSkillsByUserId: skillsByUserId(db, 'user_mentor_skills'),
    /** The skills each user wants to learn. */
    menteeSkillsByUserId: skillsByUserId(db, 'user_mentee_skills'),
  };
}
