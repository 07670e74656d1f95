import { ArgsType, Field, Int } from 'type-graphql';
import type { EntityManager } from 'typeorm';
import { groupByKey } from '../../common/loader-utils';
import { BadUserInputError } from '../../errors/app-error';
import {
  encodeCursor,
  MAX_PAGE_SIZE,
  readPage,
  type ConnectionResult,
  type CursorValue,
} from '../../common/pagination';
import { UserActivity } from './user-activity.entity';

/** Forward-only paging for connections nested under another object (participants, activities). */
@ArgsType()
export class NestedConnectionArgs {
  // Checked by readPage (same BAD_USER_INPUT shape as top-level connections).
  @Field(() => Int, { nullable: true, description: `Page size, 1..${MAX_PAGE_SIZE} (default 20).` })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

/** One parent's page request; the parent is a class (participants) or a user (activities). */
export interface NestedPageKey {
  parentId: string;
  size: number;
  after: CursorValue[] | null;
}

export interface NestedPage<T> {
  rows: T[];
  hasMore: boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Validates nested paging arguments; the cursor must be an activity cursor (time, uuid), else BAD_USER_INPUT. */
export const nestedPageKey = (parentId: string, args: NestedConnectionArgs): NestedPageKey => {
  const page = readPage({ first: args.first, after: args.after }, 2);
  const [at, id] = page.cursor ?? [];
  // Checked here so a forged cursor is the caller's error, not a failed SQL cast.
  if (
    page.cursor &&
    (typeof at !== 'string' || Number.isNaN(Date.parse(at)) || typeof id !== 'string' || !UUID.test(id))
  ) {
    throw new BadUserInputError('Invalid cursor', { after: 'is not a cursor of this list' });
  }
  return { parentId, size: page.size, after: page.cursor };
};

export const nestedCacheKey = (k: NestedPageKey): string => JSON.stringify([k.parentId, k.size, k.after]);

export const activityCursor = (a: UserActivity): string => encodeCursor([a.createdAt.toISOString(), a.id]);

/**
 * Loads one page of activities for each parent in ONE statement per distinct (size, cursor):
 * ROW_NUMBER() over each parent's rows keeps the statement count independent of the parent count.
 * Order: (createdAt, id), ascending for class participants (join order), descending for a user's history.
 */
export async function loadActivityPages(
  db: EntityManager,
  parent: 'classId' | 'userId',
  keys: readonly NestedPageKey[],
  desc: boolean,
): Promise<Array<NestedPage<UserActivity>>> {
  const column = parent === 'classId' ? 'class_id' : 'user_id';
  const dir = desc ? 'DESC' : 'ASC';
  const groups = new Map<string, NestedPageKey[]>();
  for (const key of keys) {
    const g = JSON.stringify([key.size, key.after]);
    groups.set(g, [...(groups.get(g) ?? []), key]);
  }
  const found = new Map<string, UserActivity[]>();
  for (const group of groups.values()) {
    const { size, after } = group[0];
    const qb = db.createQueryBuilder(UserActivity, 'act');
    const cursor = after ? `AND (w_ua."created_at", w_ua."id") ${desc ? '<' : '>'} (:c0::timestamptz, :c1::uuid)` : '';
    qb.where(
      `act.id IN (
        SELECT w."id" FROM (
          SELECT w_ua."id", ROW_NUMBER() OVER (
            PARTITION BY w_ua."${column}" ORDER BY w_ua."created_at" ${dir}, w_ua."id" ${dir}
          ) AS "rn"
          FROM "user_activities" w_ua
          WHERE w_ua."${column}" = ANY(:parents::uuid[]) ${cursor}
        ) w WHERE w."rn" <= :limit
      )`,
      { parents: group.map((k) => k.parentId), limit: size + 1, c0: after?.[0], c1: after?.[1] },
    );
    qb.orderBy('act.createdAt', dir).addOrderBy('act.id', dir);
    const rows = groupByKey(
      group.map((k) => k.parentId),
      await qb.getMany(),
      (r) => r[parent],
    );
    group.forEach((key, i) => found.set(nestedCacheKey(key), rows[i]));
  }
  return keys.map((k) => {
    const rows = found.get(nestedCacheKey(k)) ?? [];
    return { rows: rows.slice(0, k.size), hasMore: rows.length > k.size };
  });
}

/** Shapes a loaded nested page as a connection; `total` runs only when totalCount is asked for. */
export function nestedConnection<T>(
  key: NestedPageKey,
  page: NestedPage<UserActivity>,
  nodes: T[],
  total: () => Promise<number>,
): ConnectionResult<T> {
  const edges = page.rows.map((row, i) => ({ cursor: activityCursor(row), node: nodes[i] }));
  let count: Promise<number> | undefined;
  return {
    edges,
    nodes,
    pageInfo: {
      hasNextPage: page.hasMore,
      hasPreviousPage: key.after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    get totalCount() {
      return (count ??= total());
    },
  };
}
