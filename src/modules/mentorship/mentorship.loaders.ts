import DataLoader from 'dataloader';
import { In, type EntityManager } from 'typeorm';
import { groupByKey } from '../../common/loader-utils';
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
  };
}
