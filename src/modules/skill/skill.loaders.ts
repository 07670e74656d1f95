import DataLoader from 'dataloader';
import { In, type EntityManager } from 'typeorm';
import { byKey } from '../../common/loader-utils';
import { Skill } from './skill.entity';

export function createSkillLoaders(db: EntityManager) {
  return {
    skillById: new DataLoader<string, Skill | null>(async (ids) => {
      const rows = await db.find(Skill, { where: { id: In([...ids]) } });
      return byKey(ids, rows, (r) => r.id);
    }),
  };
}
