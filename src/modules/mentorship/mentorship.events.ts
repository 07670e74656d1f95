import { EventType, publish, topics } from '../../app/realtime/events';
import type { Effect } from '../../common/outcome';
import type { Mentorship } from './mentorship.entity';

/** Both members' `mentorshipUpdated` subscribers hear of a change (status, goals), in the thread's order. */
export function mentorshipChanged(m: Pick<Mentorship, 'id' | 'mentorId' | 'menteeId'>): Effect {
  return publish(
    topics.mentorship(m.id),
    ...[m.mentorId, m.menteeId].map((userId) => ({
      topic: topics.user(userId),
      type: EventType.MENTORSHIP_UPDATED,
      data: { mentorshipId: m.id },
    })),
  );
}
