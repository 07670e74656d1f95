import DataLoader from 'dataloader';
import { In, type EntityManager } from 'typeorm';
import { byKey, groupByKey } from '../../common/loader-utils';
import { Skill } from '../skill/skill.entity';
import { MentorApplication } from './mentor-application.entity';

interface ApplicationSkillRow {
  application_id: string;
  id: string;
  name: string;
  slug: string;
  created_at: Date;
  updated_at: Date;
}

export function createMentorApplicationLoaders(db: EntityManager) {
  return {
    mentorApplicationById: new DataLoader<string, MentorApplication | null>(async (ids) => {
      const rows = await db.find(MentorApplication, { where: { id: In([...ids]) } });
      return byKey(ids, rows, (r) => r.id);
    }),
    /** The skills each application offers, by name; one query over the join table for all applications. */
    skillsByMentorApplicationId: new DataLoader<string, Skill[]>(async (applicationIds) => {
      const rows: ApplicationSkillRow[] = await db.query(
        `SELECT mas."application_id", s."id", s."name", s."slug", s."created_at", s."updated_at"
         FROM "mentor_application_skills" mas JOIN "skills" s ON s."id" = mas."skill_id"
         WHERE mas."application_id" = ANY($1::uuid[])
         ORDER BY s."name", s."id"`,
        [[...applicationIds]],
      );
      const grouped = groupByKey(applicationIds, rows, (r) => r.application_id);
      return grouped.map((list) =>
        list.map((r) =>
          db.create(Skill, { id: r.id, name: r.name, slug: r.slug, createdAt: r.created_at, updatedAt: r.updated_at }),
        ),
      );
    }),
  };
}
