import { ClassStatus, classEndsAt, classEndsAtSql, classStatusAt, classStatusSql } from './class-status';

const start = new Date('2024-06-01T12:00:00.000Z');
const cls = (storedStatus: ClassStatus = ClassStatus.SCHEDULED) => ({
  storedStatus,
  startsAt: start,
  durationMinutes: 90,
});
const end = new Date(start.getTime() + 90 * 60_000);

describe('classEndsAt', () => {
  it('is the start plus the duration', () => {
    expect(classEndsAt(cls())).toEqual(end);
  });
});

describe('classStatusAt', () => {
  it('reads SCHEDULED until just before the end, PENDING from the end instant on', () => {
    expect(classStatusAt(cls(), start)).toBe(ClassStatus.SCHEDULED);
    expect(classStatusAt(cls(), new Date(end.getTime() - 1))).toBe(ClassStatus.SCHEDULED);
    expect(classStatusAt(cls(), end)).toBe(ClassStatus.PENDING);
  });

  it('reads completed and cancelled classes as stored, whatever the time', () => {
    const later = new Date(end.getTime() + 1);
    expect(classStatusAt(cls(ClassStatus.COMPLETED), later)).toBe(ClassStatus.COMPLETED);
    expect(classStatusAt(cls(ClassStatus.CANCELLED), later)).toBe(ClassStatus.CANCELLED);
  });
});

describe('classStatusSql', () => {
  it('writes the same boundary as classStatusAt: PENDING at end <= t, SCHEDULED at end > t', () => {
    const ends = classEndsAtSql('c');
    expect(ends).toBe(`(c."starts_at" + c."duration_minutes" * interval '1 minute')`);
    expect(classStatusSql('c', ClassStatus.PENDING, ':now')).toBe(`(c."status" = 'SCHEDULED' AND ${ends} <= :now)`);
    expect(classStatusSql('c', ClassStatus.SCHEDULED, '$2')).toBe(`(c."status" = 'SCHEDULED' AND ${ends} > $2)`);
  });

  it('matches completed and cancelled classes on the stored column', () => {
    expect(classStatusSql('c', ClassStatus.COMPLETED, ':now')).toBe(`(c."status" = 'COMPLETED')`);
    expect(classStatusSql('c', ClassStatus.CANCELLED, ':now')).toBe(`(c."status" = 'CANCELLED')`);
  });
});
