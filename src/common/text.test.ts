import { errorOf } from '../../test/helpers/errors';
import { cleanText } from './text';

describe('cleanText', () => {
  it('returns the text trimmed', () => {
    expect(cleanText('  Hello there \n', 'content', 100)).toBe('Hello there');
  });

  it('accepts 1 and `max` characters after trimming', () => {
    expect(cleanText(' a ', 'title', 3)).toBe('a');
    expect(cleanText('  abc  ', 'title', 3)).toBe('abc');
  });

  it.each([
    ['empty text', ''],
    ['only spaces', '   '],
    ['only a newline and a tab', '\n\t'],
    ['more than max characters after trimming', ' abcd '],
  ])('refuses %s as BAD_USER_INPUT on the field', (_what, value) => {
    const error = errorOf(() => cleanText(value, 'title', 3));
    expect(error.message).toBe('Invalid title');
    expect(error.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { title: 'must be 1..3 characters after trimming' },
    });
  });
});
