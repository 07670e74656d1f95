import { describeGoogleError, isMissingScope, isRevokedGrant, isUnusableToken } from './google-calendar.client';
import { eventFor, eventIdFor } from './google-calendar.event';

/** A failed call as gaxios reports it: an Error with the HTTP response. */
const failure = (status: number, data: unknown, message = 'failed'): Error =>
  Object.assign(new Error(message), { response: { status, data } });

describe('eventIdFor', () => {
  it("is the class's uuid in Google's base32hex alphabet (0-9, a-v), the same for the same class", () => {
    const id = eventIdFor('0B8E2C1A-4F3D-4E5F-9A7B-1C2D3E4F5A6B');
    expect(id).toBe('aula0b8e2c1a4f3d4e5f9a7b1c2d3e4f5a6b');
    expect(id).toMatch(/^[0-9a-v]{5,1024}$/);
  });
});

describe('eventFor', () => {
  const cls = {
    id: '0b8e2c1a-4f3d-4e5f-9a7b-1c2d3e4f5a6b',
    title: 'Algebra',
    startsAt: new Date('2030-01-02T10:00:00.000Z'),
    durationMinutes: 90,
    meetingUrl: null,
  };

  it('ends after the duration, and names the members who have a name', () => {
    const event = eventFor(cls, [
      { email: 'ada@example.test', firstName: 'Ada', lastName: null },
      { email: 'bob@example.test', firstName: null, lastName: null },
    ]);
    expect(event).toMatchObject({
      summary: 'Algebra',
      start: { dateTime: '2030-01-02T10:00:00.000Z' },
      end: { dateTime: '2030-01-02T11:30:00.000Z' },
      location: undefined,
      attendees: [
        { email: 'ada@example.test', displayName: 'Ada', responseStatus: 'accepted' },
        { email: 'bob@example.test', displayName: undefined, responseStatus: 'accepted' },
      ],
    });
  });
});

describe('Google failures', () => {
  it('tells a refused refresh token from other token endpoint errors', () => {
    const revoked = failure(400, { error: 'invalid_grant', error_description: 'Token has been expired or revoked.' });
    expect(isRevokedGrant(revoked)).toBe(true);
    expect(describeGoogleError(revoked)).toBe('invalid_grant: Token has been expired or revoked.');
    expect(isRevokedGrant(failure(401, { error: 'invalid_client' }))).toBe(false);
    // Calendar's own errors carry an object, not an OAuth error code.
    expect(isRevokedGrant(failure(400, { error: { code: 400, message: 'Bad Request' } }))).toBe(false);
  });

  it('treats a token without the calendar scope as unusable too, but not other refusals or outages', () => {
    const unscoped = failure(403, { error: { errors: [{ reason: 'insufficientPermissions' }] } });
    expect(isMissingScope(unscoped)).toBe(true);
    expect(isUnusableToken(unscoped)).toBe(true);
    expect(isUnusableToken(failure(403, { error: { errors: [{ reason: 'forbidden' }] } }))).toBe(false);
    expect(isUnusableToken(failure(503, { error: { code: 503 } }, 'Backend Error'))).toBe(false);
    expect(describeGoogleError(failure(503, {}, 'Backend Error'))).toBe('503 Backend Error');
    expect(isUnusableToken(new Error('socket hang up'))).toBe(false);
    expect(isUnusableToken('not even an error')).toBe(false);
  });
});
