import { createHash } from 'node:crypto';
import ical, { ICalEventStatus } from 'ical-generator';
import { ClassStatus, classEndsAt } from '../virtual-class/class-status';
import type { FeedClass } from './ics-feed.service';

/** How often calendar apps are asked to fetch again (REFRESH-INTERVAL, X-PUBLISHED-TTL). */
const REFRESH_SECONDS = 3600;

/** A class's UID: its id, which never changes, so a calendar updates the event instead of adding one. */
export const eventUid = (classId: string): string => `${classId}@aula`;

/** What the event says beyond its title: the owner's part in it, the meeting link, why it was cancelled. */
function describe(cls: FeedClass): string {
  const lines = [cls.hosted ? 'You host this class.' : 'You joined this class.'];
  if (cls.meetingUrl) lines.push(`Meeting: ${cls.meetingUrl}`);
  if (cls.status === ClassStatus.CANCELLED) lines.push(`Cancelled${cls.cancelReason ? `: ${cls.cancelReason}` : '.'}`);
  return lines.join('\n');
}

/**
 * The feed as iCalendar text. Everything in it comes from the rows (DTSTAMP is the class's last
 * change, not the time of the request), so an unchanged feed renders byte for byte the same and
 * its ETag holds. Times are UTC.
 */
export function renderFeed(classes: readonly FeedClass[]): string {
  const calendar = ical({
    prodId: { company: 'Aula', product: 'Aula classes', language: 'EN' },
    name: 'Aula classes',
    ttl: REFRESH_SECONDS,
  });
  for (const cls of classes) {
    calendar.createEvent({
      id: eventUid(cls.id),
      sequence: cls.sequence,
      stamp: cls.updatedAt,
      start: cls.startsAt,
      end: classEndsAt(cls),
      summary: cls.title,
      description: describe(cls),
      url: cls.meetingUrl,
      // A completed class keeps its place in the calendar; only a cancelled one is marked.
      status: cls.status === ClassStatus.CANCELLED ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}

/**
 * The body's entity tag: a SHA-256 of the text. Weak (`W/`), because the compression middleware may
 * send the same text gzip- or brotli-encoded, and a strong tag would have to differ per encoding.
 */
export function feedEtag(body: string): string {
  return `W/"${createHash('sha256').update(body, 'utf8').digest('base64url')}"`;
}

/** Whether `If-None-Match` names `etag` (weak comparison, as RFC 9110 asks for this header) or is `*`. */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = (tag: string): string => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
}
