import { withoutQuerySecrets } from '../../app/logger';
import { ClassStatus } from '../virtual-class/class-status';
import { feedEtag, matchesEtag, renderFeed } from './ics-feed.render';
import type { FeedClass } from './ics-feed.service';
import { feedUrl, hashFeedToken, issueFeedToken, tokenOfFeedFile, unsealFeedToken } from './ics-feed.token';

const KEY = { TOKEN_ENCRYPTION_KEY: '00'.repeat(32) };

const cls: FeedClass = {
  id: '6f1c1a52-1111-4b7e-9a0e-2f4d7a9c0001',
  title: 'Conditionals, part 2',
  startsAt: new Date('2026-12-01T10:00:00Z'),
  durationMinutes: 45,
  meetingUrl: 'https://meet.example.test/abc',
  status: ClassStatus.SCHEDULED,
  cancelReason: null,
  sequence: 2,
  updatedAt: new Date('2026-11-20T08:00:00Z'),
  hosted: true,
};

describe('renderFeed', () => {
  it('renders the same text for the same rows, whenever it runs, so the ETag holds', () => {
    expect(renderFeed([cls])).toBe(renderFeed([cls]));
    expect(feedEtag(renderFeed([cls]))).toBe(feedEtag(renderFeed([cls])));
  });

  it('writes the UID, SEQUENCE, UTC times and status a calendar needs', () => {
    const text = renderFeed([cls, { ...cls, id: 'other', status: ClassStatus.CANCELLED, cancelReason: 'Ill' }]);
    expect(text).toContain(`UID:${cls.id}@aula`);
    expect(text).toContain('SEQUENCE:2');
    expect(text).toContain('DTSTART:20261201T100000Z');
    expect(text).toContain('DTEND:20261201T104500Z');
    expect(text).toContain('DTSTAMP:20261120T080000Z');
    expect(text).toContain('STATUS:CONFIRMED');
    expect(text).toContain('STATUS:CANCELLED');
  });
});

describe('matchesEtag', () => {
  const etag = feedEtag('x');
  it.each([
    [etag, true],
    [etag.replace(/^W\//, ''), true],
    [`"other", ${etag}`, true],
    ['*', true],
    ['"other"', false],
    [undefined, false],
  ])('If-None-Match %s → %s', (header, expected) => {
    expect(matchesEtag(header, etag)).toBe(expected);
  });
});

describe('feed tokens', () => {
  it('are 43 base64url characters, found again by their hash and unsealed only with the same key', () => {
    const issued = issueFeedToken(KEY);
    expect(issued.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(issued.hash).toBe(hashFeedToken(issued.token));
    expect(unsealFeedToken(KEY, issued.sealed)).toBe(issued.token);
    expect(unsealFeedToken({ TOKEN_ENCRYPTION_KEY: '11'.repeat(32) }, issued.sealed)).toBeNull();
    expect(tokenOfFeedFile(`${issued.token}.ics`)).toBe(issued.token);
    expect(tokenOfFeedFile(`${issued.token}.ical`)).toBeNull();
    expect(tokenOfFeedFile('../etc.ics')).toBeNull();
  });

  it('make an address under PUBLIC_URL, else under localhost:PORT', () => {
    expect(feedUrl({ PUBLIC_URL: 'https://aula.example', PORT: 4000 }, 't')).toBe(
      'https://aula.example/calendar/t.ics',
    );
    expect(feedUrl({ PUBLIC_URL: undefined, PORT: 4000 }, 't')).toBe('http://localhost:4000/calendar/t.ics');
  });

  it('never reach the request log', () => {
    const logged = withoutQuerySecrets({ url: `/calendar/${'a'.repeat(43)}.ics?x=1` });
    expect(logged.url).toBe('/calendar/[redacted].ics?x=1');
  });
});
