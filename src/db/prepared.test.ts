import { StatementNames } from './prepared';

describe('StatementNames', () => {
  it('names a statement from its second run on, the same name every time', () => {
    const names = new StatementNames();
    expect(names.nameOf('SELECT 1')).toBeUndefined();
    const name = names.nameOf('SELECT 1');
    expect(name).toMatch(/^aula_[0-9a-f]{20}$/);
    expect(names.nameOf('SELECT 1')).toBe(name);
    expect(names.nameOf('SELECT 2')).toBeUndefined();
  });

  it('prepares at most `limit` distinct statements; the rest run unnamed', () => {
    const names = new StatementNames(3);
    const texts = ['a', 'b', 'c', 'd', 'e'].map((t) => `SELECT '${t}'`);
    for (const text of texts) names.nameOf(text);
    const named = texts.map((text) => names.nameOf(text));
    expect(named.filter(Boolean)).toHaveLength(3);
    expect(named.slice(3)).toEqual([undefined, undefined]);
  });

  it('forgets one-off statements once too many were seen', () => {
    const names = new StatementNames(10, 2);
    names.nameOf('SELECT 1');
    names.nameOf('SELECT 2');
    names.nameOf('SELECT 3'); // the seen set was full: SELECT 1 and 2 are forgotten
    expect(names.nameOf('SELECT 1')).toBeUndefined();
    expect(names.nameOf('SELECT 3')).toMatch(/^aula_/);
  });
});
