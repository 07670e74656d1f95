import type { calendar_v3 } from '@googleapis/calendar';
import { classEndsAt } from '../virtual-class/class-status';
import type { VirtualClass } from '../virtual-class/virtual-class.entity';

/** A class member as an attendee: their address and name. */
export interface Member {
  email: string;
  firstName: string | null;
  lastName: string | null;
}

/**
 * The Google event id of a class: derived from the class id, so creating it again after a lost
 * commit answers 409 instead of making a second event. Google accepts base32hex (0-9, a-v), 5 to
 * 1024 characters; a uuid's hex digits are a subset.
 */
export function eventIdFor(classId: string): string {
  return `aula${classId.replace(/-/g, '').toLowerCase()}`;
}

/** The event as a class shows it: title, start and end, the meeting link, the members as attendees. */
export function eventFor(
  cls: Pick<VirtualClass, 'id' | 'title' | 'startsAt' | 'durationMinutes' | 'meetingUrl'>,
  members: readonly Member[],
): calendar_v3.Schema$Event {
  const link = cls.meetingUrl;
  return {
    summary: cls.title,
    description: link ? `Join the class: ${link}` : 'An Aula class.',
    location: link ?? undefined,
    start: { dateTime: cls.startsAt.toISOString(), timeZone: 'UTC' },
    end: { dateTime: classEndsAt(cls).toISOString(), timeZone: 'UTC' },
    // Joining is the member's yes: Google would otherwise show every attendee as not answered yet.
    attendees: members.map((m) => ({
      email: m.email,
      displayName: [m.firstName, m.lastName].filter(Boolean).join(' ') || undefined,
      responseStatus: 'accepted',
    })),
    guestsCanInviteOthers: false,
    extendedProperties: { private: { aulaClassId: cls.id } },
  };
}
