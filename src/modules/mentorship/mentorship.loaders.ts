import DataLoader from 'dataloader';
import { In, type EntityManager } from 'typeorm';
import { byKey, groupByKey } from '../../common/loader-utils';
import { MentorshipNote } from './mentorship-note.entity';
import { Mentorship, MentorshipStatus } from './mentorship.entity';

export function createMentorshipLoaders(db: EntityManager) {
  return {
    /** Ids of the users each mentor mentors in an ACTIVE mentorship (for the mentees' email rule). */
    activeMenteeIdsOfMentor: new DataLoader<string, string[]>(async (mentorIds) => {
      const rows = await db.find(Mentorship, {
        select: { mentorId: true, menteeId: true },
        where: { mentorId: In([...mentorIds]), status: MentorshipStatus.ACTIVE },
      });
      return groupByKey(mentorIds, rows, (r) => r.mentorId).map((list) => list.map((r) => r.menteeId));
    }),

    mentorshipById: new DataLoader<string, Mentorship | null>(async (ids) => {
      const rows = await db.find(Mentorship, { where: { id: In([...ids]) } });
      return byKey(ids, rows, (r) => r.id);
    }),

    mentorshipNoteById: new DataLoader<string, MentorshipNote | null>(async (ids) => {
      const rows = await db.find(MentorshipNote, { where: { id: In([...ids]) } });
      return byKey(ids, rows, (r) => r.id);
    }),

    /** Each mentorship's notes, oldest first. */
    notesByMentorshipId: new DataLoader<string, MentorshipNote[]>(async (ids) => {
      const rows = await db.find(MentorshipNote, {
        where: { mentorshipId: In([...ids]) },
        order: { createdAt: 'ASC', id: 'ASC' },
      });
      return groupByKey(ids, rows, (r) => r.mentorshipId);
    }),
  };
}
