import { errorOf } from '../../test/helpers/errors';
import { AppError } from '../errors/app-error';
import {
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  encodeCursor,
  readPage,
  toConnection,
  withCursorCheck,
  type Page,
} from './pagination';

const fieldsOf = (run: () => unknown): unknown => {
  const error = errorOf(run);
  expect(error.extensions.code).toBe('BAD_USER_INPUT');
  return error.extensions.fields;
};

describe('encodeCursor', () => {
  it('is base64url of the JSON array of the sort values', () => {
    const cursor = encodeCursor(['2024-05-01T10:00:00.000Z', 7]);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))).toEqual(['2024-05-01T10:00:00.000Z', 7]);
  });
});

describe('readPage', () => {
  it(`reads ${DEFAULT_PAGE_SIZE} rows forward from the start when no argument is given`, () => {
    expect(readPage({}, 2)).toEqual({ size: DEFAULT_PAGE_SIZE, backwards: false, cursor: null });
  });

  it('reads `first` rows forward after the decoded `after` cursor', () => {
    const after = encodeCursor(['b', 2]);
    expect(readPage({ first: 5, after }, 2)).toEqual({ size: 5, backwards: false, cursor: ['b', 2] });
  });

  it('reads `last` rows backwards before the decoded `before` cursor', () => {
    const before = encodeCursor(['b', 2]);
    expect(readPage({ last: 3, before }, 2)).toEqual({ size: 3, backwards: true, cursor: ['b', 2] });
  });

  it('walks backwards from `before` alone, with the default size', () => {
    expect(readPage({ before: encodeCursor([1]) }, 1)).toEqual({
      size: DEFAULT_PAGE_SIZE,
      backwards: true,
      cursor: [1],
    });
  });

  it('walks backwards from the end with `last` alone', () => {
    expect(readPage({ last: 4 }, 1)).toEqual({ size: 4, backwards: true, cursor: null });
  });

  it('reads forward from the start when `first` comes with `before` (no `after`): `before` is not used', () => {
    expect(readPage({ first: 2, before: encodeCursor([1]) }, 1)).toEqual({ size: 2, backwards: false, cursor: null });
  });

  it('treats null arguments as absent', () => {
    expect(readPage({ first: null, after: null, last: null, before: null }, 1)).toEqual({
      size: DEFAULT_PAGE_SIZE,
      backwards: false,
      cursor: null,
    });
  });

  it(`accepts sizes 1 and ${MAX_PAGE_SIZE}`, () => {
    expect(readPage({ first: 1 }, 1).size).toBe(1);
    expect(readPage({ first: MAX_PAGE_SIZE }, 1).size).toBe(MAX_PAGE_SIZE);
    expect(readPage({ last: 1 }, 1).size).toBe(1);
    expect(readPage({ last: MAX_PAGE_SIZE }, 1).size).toBe(MAX_PAGE_SIZE);
  });

  it.each([0, -1, MAX_PAGE_SIZE + 1])('refuses a size of %d, for first and for last', (size) => {
    const message = `must be between 1 and ${MAX_PAGE_SIZE}`;
    expect(fieldsOf(() => readPage({ first: size }, 1))).toEqual({ first: message });
    expect(fieldsOf(() => readPage({ last: size }, 1))).toEqual({ last: message });
  });

  it('refuses first together with last, on `last`', () => {
    expect(fieldsOf(() => readPage({ first: 1, last: 1 }, 1))).toEqual({ last: 'cannot be combined with first' });
  });

  it('refuses after together with before, on `before`', () => {
    const cursor = encodeCursor([1]);
    expect(fieldsOf(() => readPage({ after: cursor, before: cursor }, 1))).toEqual({
      before: 'cannot be combined with after',
    });
  });

  it('reports every bad argument at once, with the message "Invalid page arguments"', () => {
    const run = (): Page => readPage({ first: 0, last: 500, after: 'x', before: 'y' }, 1);
    expect(errorOf(run).message).toBe('Invalid page arguments');
    // The range check on `last` replaces the "cannot be combined" message on the same field.
    expect(fieldsOf(run)).toEqual({
      first: `must be between 1 and ${MAX_PAGE_SIZE}`,
      last: `must be between 1 and ${MAX_PAGE_SIZE}`,
      before: 'cannot be combined with after',
    });
  });
});

describe('cursor decoding (through readPage)', () => {
  const forged = (text: string): string => Buffer.from(text, 'utf8').toString('base64url');

  it.each([
    ['text that is not base64url JSON', 'not-a-cursor!'],
    ['JSON that is not an array', forged('{"id":1}')],
    ['an array of the wrong length', encodeCursor(['a', 'b', 'c'])],
    ['an array holding an object', forged('[{"id":1},2]')],
    ['an array holding null', forged('[null,2]')],
    ['an array holding a boolean', forged('[true,2]')],
  ])('refuses %s as BAD_USER_INPUT "Invalid cursor"', (_what, cursor) => {
    expect(errorOf(() => readPage({ after: cursor }, 2)).message).toBe('Invalid cursor');
    expect(fieldsOf(() => readPage({ after: cursor }, 2))).toEqual({ after: 'is not a cursor of this list' });
  });

  it('names `before` when the backwards cursor is the forged one', () => {
    expect(fieldsOf(() => readPage({ last: 2, before: 'nope' }, 1))).toEqual({
      before: 'is not a cursor of this list',
    });
  });

  it('round-trips strings and numbers of every key', () => {
    const values = ['2024-01-01T00:00:00.000Z', 3, 'a1b2'];
    expect(readPage({ after: encodeCursor(values) }, 3).cursor).toEqual(values);
  });
});

describe('withCursorCheck', () => {
  const withCursor: Page = { size: 10, backwards: false, cursor: ['x'] };
  const dataException = Object.assign(new Error('invalid input syntax for type uuid'), {
    driverError: { code: '22P02' },
  });

  it('passes the query result through', async () => {
    await expect(withCursorCheck(Promise.resolve([1, 2]), withCursor)).resolves.toEqual([1, 2]);
  });

  it('turns a data exception (SQLSTATE 22…) on a cursor page into BAD_USER_INPUT on the cursor argument', async () => {
    const rejected = await withCursorCheck(Promise.reject(dataException), withCursor).catch((e: unknown) => e);
    expect(rejected).toBeInstanceOf(AppError);
    expect(rejected).toMatchObject({
      message: 'Invalid cursor',
      extensions: { code: 'BAD_USER_INPUT', fields: { after: 'is not a cursor of this list' } },
    });
    const backwards = await withCursorCheck(Promise.reject(dataException), { ...withCursor, backwards: true }).catch(
      (e: unknown) => e,
    );
    expect(backwards).toMatchObject({ extensions: { fields: { before: 'is not a cursor of this list' } } });
  });

  it('rethrows a data exception when the page has no cursor: the fault is not in a client cursor', async () => {
    await expect(withCursorCheck(Promise.reject(dataException), { ...withCursor, cursor: null })).rejects.toBe(
      dataException,
    );
  });

  it('rethrows errors of other SQLSTATE classes unchanged', async () => {
    const other = Object.assign(new Error('deadlock'), { code: '40P01' });
    await expect(withCursorCheck(Promise.reject(other), withCursor)).rejects.toBe(other);
  });
});

describe('toConnection', () => {
  interface Row {
    id: number;
    at: Date;
  }
  const rows: Row[] = [1, 2, 3].map((id) => ({ id, at: new Date(Date.UTC(2024, 0, id)) }));
  const keys = [{ value: (r: Row) => r.at }, { value: (r: Row) => r.id }];
  const noCount = (): Promise<number> => Promise.resolve(0);

  it('keeps `size` rows and reports the extra one as a next page when reading forward', () => {
    const c = toConnection(rows, { size: 2, backwards: false, cursor: null }, keys, noCount);
    expect(c.nodes.map((r) => r.id)).toEqual([1, 2]);
    expect(c.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
  });

  it('says there is a previous page when a forward page starts after a cursor', () => {
    const c = toConnection(rows.slice(0, 2), { size: 2, backwards: false, cursor: [0] }, keys, noCount);
    expect(c.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('puts rows fetched backwards back in list order, and the extra row means a previous page', () => {
    const fetched = [...rows].reverse();
    const c = toConnection(fetched, { size: 2, backwards: true, cursor: ['z'] }, keys, noCount);
    expect(c.nodes.map((r) => r.id)).toEqual([2, 3]);
    expect(c.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
  });

  it('encodes each edge cursor from the sort keys, dates as ISO strings', () => {
    const c = toConnection(rows.slice(0, 1), { size: 5, backwards: false, cursor: null }, keys, noCount);
    expect(c.edges).toEqual([{ node: rows[0], cursor: encodeCursor(['2024-01-01T00:00:00.000Z', 1]) }]);
    expect(c.pageInfo.startCursor).toBe(c.edges[0].cursor);
    expect(c.pageInfo.endCursor).toBe(c.edges[0].cursor);
  });

  it('has null start and end cursors for an empty page', () => {
    const c = toConnection<Row>([], { size: 5, backwards: false, cursor: null }, keys, noCount);
    expect(c.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null });
  });

  it('runs the count only when totalCount is read', async () => {
    const count = jest.fn(() => Promise.resolve(42));
    const c = toConnection(rows, { size: 2, backwards: false, cursor: null }, keys, count);
    expect(count).not.toHaveBeenCalled();
    await expect(c.totalCount).resolves.toBe(42);
    expect(count).toHaveBeenCalledTimes(1);
  });
});
