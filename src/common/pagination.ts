import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { BadUserInputError } from '../errors/app-error';
import { sqlState } from '../errors/db-errors';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: `Page size from the start, 1..${MAX_PAGE_SIZE}.` })
  first?: number | null;

  @Field(() => String, {
    nullable: true,
    description: "The records after this cursor (an edge's cursor, or pageInfo.endCursor).",
  })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: `Page size from the end, 1..${MAX_PAGE_SIZE}.` })
  last?: number | null;

  @Field(() => String, {
    nullable: true,
    description: "The records before this cursor (an edge's cursor, or pageInfo.startCursor).",
  })
  before?: string | null;
}

@ObjectType({ description: 'Where a page sits in its list, and the cursors to page on from it.' })
export class PageInfo {
  @Field({ description: 'Whether more records follow this page, in the order of the list.' })
  hasNextPage!: boolean;

  @Field({ description: 'Whether records come before this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description: "Cursor of the page's first record (pass it as `before`); null when the page is empty.",
  })
  startCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Cursor of the page's last record (pass it as `after`); null when the page is empty.",
  })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

/** What a connection resolver returns; `totalCount` is a getter, so the count runs only when asked for. */
export interface ConnectionResult<T> {
  edges: Array<Edge<T>>;
  nodes: T[];
  pageInfo: PageInfo;
  readonly totalCount: Promise<number>;
}

/** Declares `<Name>Edge` and `<Name>Connection` object types for a node type. */
export function connectionType<T extends object>(
  nodeType: ClassType<T>,
  name = nodeType.name,
): ClassType<ConnectionResult<T>> {
  @ObjectType(`${name}Edge`, { description: `One ${name} of a page, with its cursor.` })
  class EdgeType {
    @Field({ description: 'Opaque position of this record in its list, for `after` or `before`.' })
    cursor!: string;

    @Field(() => nodeType, { description: 'The record.' })
    node!: T;
  }

  @ObjectType(`${name}Connection`, {
    description: `A page of ${name} records, in the order the field returning it states (Relay connection).`,
  })
  class ConnectionType {
    @Field(() => [EdgeType], { description: "The page's records, each with its cursor." })
    edges!: EdgeType[];

    @Field(() => [nodeType], { description: "The page's records without cursors (the edges' nodes, in order)." })
    nodes!: T[];

    @Field(() => PageInfo, { description: 'Whether more records come before or after this page, and its end cursors.' })
    pageInfo!: PageInfo;

    // Not a plain property read: the value is a promise, counted only when a client asks for it.
    @Field(() => Int, { description: 'All matching records, regardless of paging.', simple: false })
    totalCount!: Promise<number>;
  }
  return ConnectionType;
}

export type CursorValue = string | number;

/** One ordering column: the SQL expression and how to read the same value off a loaded row. */
export interface SortKey<T> {
  expr: string;
  value: (row: T) => CursorValue | Date;
  desc?: boolean;
}

/** A sort key of a planned list: also names the entity properties its value reads off a row. */
export interface ListSortKey<T> extends SortKey<T> {
  reads: Array<keyof T & string>;
}

/** A list's filtered query and its keyset order (the last key is the id). */
export interface ListQuery<T extends ObjectLiteral> {
  qb: SelectQueryBuilder<T>;
  keys: Array<ListSortKey<T>>;
}

export interface Page {
  size: number;
  /** Walking backwards from `before` (or from the end). */
  backwards: boolean;
  cursor: CursorValue[] | null;
}

/** Validates paging arguments: one direction at a time, sizes within 1..MAX_PAGE_SIZE. */
export function readPage(args: ConnectionArgs, keyCount: number): Page {
  const { first, last, after, before } = args;
  const fields: Record<string, string> = {};
  if (first != null && last != null) fields.last = 'cannot be combined with first';
  for (const [name, value] of [
    ['first', first],
    ['last', last],
  ] as const) {
    if (value != null && (value < 1 || value > MAX_PAGE_SIZE)) fields[name] = `must be between 1 and ${MAX_PAGE_SIZE}`;
  }
  if (after != null && before != null) fields.before = 'cannot be combined with after';
  if (Object.keys(fields).length > 0) throw new BadUserInputError('Invalid page arguments', fields);
  const backwards = last != null || (before != null && first == null);
  const raw = backwards ? before : after;
  return {
    size: (backwards ? last : first) ?? DEFAULT_PAGE_SIZE,
    backwards,
    cursor: raw == null ? null : decodeCursor(raw, keyCount, backwards ? 'before' : 'after'),
  };
}

export function encodeCursor(values: CursorValue[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

function decodeCursor(cursor: string, keyCount: number, field: string): CursorValue[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(values) &&
      values.length === keyCount &&
      values.every((v) => typeof v === 'string' || typeof v === 'number')
    ) {
      return values;
    }
  } catch {
    // fall through to the error below
  }
  throw new BadUserInputError('Invalid cursor', { [field]: 'is not a cursor of this list' });
}

/**
 * Runs a page query; a cursor whose values do not fit the sort columns makes the database raise a
 * data exception (SQLSTATE class 22), which is the client's error, not the server's.
 */
export async function withCursorCheck<T>(query: Promise<T>, page: Page): Promise<T> {
  try {
    return await query;
  } catch (error) {
    if (page.cursor && sqlState(error)?.startsWith('22')) {
      throw new BadUserInputError('Invalid cursor', {
        [page.backwards ? 'before' : 'after']: 'is not a cursor of this list',
      });
    }
    throw error;
  }
}

const cursorValue = (v: CursorValue | Date): CursorValue => (v instanceof Date ? v.toISOString() : v);

/**
 * Builds a connection page over a query with keyset pagination in either direction; `fetch` reads
 * the ordered, limited query (the read planner selects each row with its nested fields).
 */
export async function paginate<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  args: ConnectionArgs,
  keys: Array<SortKey<T>>,
  fetch: (query: SelectQueryBuilder<T>) => Promise<T[]> = (query) => query.getMany(),
): Promise<ConnectionResult<T>> {
  const page = readPage(args, keys.length);
  const query = qb.clone();
  if (page.cursor) {
    const cursor = page.cursor;
    // (k1 > v1) OR (k1 = v1 AND k2 > v2) OR …, each comparison in its own direction.
    const clauses = keys.map((key, i) => {
      const equal = keys.slice(0, i).map((k, j) => `${k.expr} = :__c${j}`);
      const forward = Boolean(key.desc) === page.backwards;
      return [...equal, `${key.expr} ${forward ? '>' : '<'} :__c${i}`].join(' AND ');
    });
    query.andWhere(`(${clauses.map((c) => `(${c})`).join(' OR ')})`);
    query.setParameters(Object.fromEntries(cursor.map((v, i) => [`__c${i}`, v])));
  }
  keys.forEach((key, i) => {
    const desc = Boolean(key.desc) !== page.backwards;
    if (i === 0) query.orderBy(key.expr, desc ? 'DESC' : 'ASC');
    else query.addOrderBy(key.expr, desc ? 'DESC' : 'ASC');
  });
  const rows = await withCursorCheck(fetch(query.limit(page.size + 1)), page);
  let total: Promise<number> | undefined;
  return toConnection(rows, page, keys, () => (total ??= qb.clone().orderBy().getCount()));
}

/**
 * Shapes up to size+1 rows, fetched in the page's direction, as a connection; the extra row only
 * tells whether more exist. `count` runs when the client asks for totalCount.
 */
export function toConnection<T>(
  rows: T[],
  page: Page,
  keys: Array<Pick<SortKey<T>, 'value'>>,
  count: () => Promise<number>,
): ConnectionResult<T> {
  const hasMore = rows.length > page.size;
  const pageRows = rows.slice(0, page.size);
  if (page.backwards) pageRows.reverse();
  const cursorOf = (node: T): string => encodeCursor(keys.map((k) => cursorValue(k.value(node))));
  let edges: Array<Edge<T>> | undefined;
  const last = pageRows[pageRows.length - 1];
  return {
    // Cursors are encoded only for what a client asks: edges, or the ends in pageInfo.
    get edges() {
      return (edges ??= pageRows.map((node) => ({
        node,
        get cursor() {
          return cursorOf(node);
        },
      })));
    },
    nodes: pageRows,
    pageInfo: {
      hasNextPage: page.backwards ? page.cursor !== null : hasMore,
      hasPreviousPage: page.backwards ? hasMore : page.cursor !== null,
      get startCursor() {
        return pageRows.length ? cursorOf(pageRows[0]) : null;
      },
      get endCursor() {
        return last === undefined ? null : cursorOf(last);
      },
    },
    get totalCount() {
      return count();
    },
  };
}
