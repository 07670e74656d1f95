import { errorOf } from '../../test/helpers/errors';
import { fromGlobalId, idOf, toGlobalId } from './global-id';

const UUID = '3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b';

describe('toGlobalId', () => {
  it('encodes `Type:id` as unpadded base64url', () => {
    const id = toGlobalId('User', UUID);
    expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(Buffer.from(id, 'base64url').toString('utf8')).toBe(`User:${UUID}`);
  });
});

describe('fromGlobalId', () => {
  it('round-trips a type and a uuid', () => {
    expect(fromGlobalId(toGlobalId('VirtualClass', UUID))).toEqual({ type: 'VirtualClass', id: UUID });
  });

  it('reads an upper-case uuid and returns it in lower case', () => {
    expect(fromGlobalId(toGlobalId('User', UUID.toUpperCase()))).toEqual({ type: 'User', id: UUID });
  });

  it.each([
    ['an empty string', ''],
    ['plain text that is not base64url of Type:uuid', 'hello'],
    ['a raw uuid', UUID],
    ['an id without a type', toGlobalId('', UUID)],
    ['a type with a non-uuid id', toGlobalId('User', '42')],
    ['no separator at all', Buffer.from(`User${UUID}`).toString('base64url')],
    ['padded base64 of a valid id', `${Buffer.from(`User:${UUID}`).toString('base64')}==`],
  ])('refuses %s as BAD_USER_INPUT', (_what, value) => {
    const error = errorOf(() => fromGlobalId(value));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { id: 'is not a valid id' } });
    expect(error.message).toBe('Malformed id for id');
  });

  it('names the field it was given in the message and in `fields`', () => {
    const error = errorOf(() => fromGlobalId('nope', 'classId'));
    expect(error.message).toBe('Malformed id for classId');
    expect(error.extensions.fields).toEqual({ classId: 'is not a valid id' });
  });
});

describe('idOf', () => {
  it('returns the database id of a global id of the expected type', () => {
    expect(idOf('Skill', toGlobalId('Skill', UUID))).toBe(UUID);
  });

  it('refuses an id of another type as BAD_USER_INPUT on the field', () => {
    const error = errorOf(() => idOf('Skill', toGlobalId('User', UUID), 'mentorSkillIds'));
    expect(error.message).toBe('Expected a Skill id for mentorSkillIds');
    expect(error.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { mentorSkillIds: 'is not a Skill id' },
    });
  });

  it('compares type names case-sensitively', () => {
    expect(() => idOf('Skill', toGlobalId('skill', UUID))).toThrow('Expected a Skill id for id');
  });

  it('refuses a malformed id before looking at its type', () => {
    expect(() => idOf('Skill', 'garbage')).toThrow('Malformed id for id');
  });
});
