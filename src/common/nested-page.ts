import DataLoader from 'dataloader';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import {
  readPage,
  type ConnectionArgs,
  type ConnectionResult,
  type CursorValue,
  type Page,
  toConnection,
  withCursorCheck,
} from './pagination';

/** One ordering column of a nested list: its column in the source SQL and how to read it off a row. */
export interface NestedSortKey<T> {
  column: string;
  value: (row: T) => CursorValue | Date;
  desc?: boolean;
}

export interface NestedPageSpec<T extends ObjectLiteral> {
  entity: EntityTarget<T>;
  /**
   * SQL of a FROM item with the columns "id", "parent_id" and every sort column, restricted to
   * `parent_id IN (:...parentIds)`. A row may belong to several parents (a UNION ALL source).
   */
  source: string;
  /** Ordering; the last key must be the id so the order is total. */
  keys: Array<NestedSortKey<T>>;
  /** The parents (among any ids) a loaded row belongs to. */
  parentsOf: (row: T) => string[];
}

const comparable = (v: CursorValue | Date): number | string => (v instanceof Date ? v.getTime() : v);

/**
 * Pages of a nested connection (e.g. Mentorship.messages) for many parents in ONE statement:
 * ROW_NUMBER() OVER (PARTITION BY parent) keeps the first size+1 rows of each parent after the
 * cursor. One DataLoader per distinct page (size, direction, cursor), batched over parent ids;
 * totalCount is a second, lazy, batched count.
 */
export class NestedPageLoader<T extends ObjectLiteral> {
  private readonly pages = new Map<string, DataLoader<string, ConnectionResult<T>>>();
  private readonly counts: DataLoader<string, number>;

  constructor(
    private readonly db: EntityManager,
    private readonly spec: NestedPageSpec<T>,
  ) {
    this.counts = new DataLoader<string, number>(async (parentIds) => {
      const [sql, params] = this.db.dataSource.driver.escapeQueryWithParameters(
        `SELECT s.parent_id AS parent_id, count(*)::int AS n FROM (${spec.source}) s GROUP BY s.parent_id`,
        { parentIds: [...parentIds] },
      );
      const rows: Array<{ parent_id: string; n: number }> = await this.db.query(sql, params);
      const byParent = new Map(rows.map((r) => [r.parent_id, Number(r.n)]));
      return parentIds.map((id) => byParent.get(id) ?? 0);
    });
  }

  /** The page of `parentId`'s rows that `args` asks for (BAD_USER_INPUT on invalid paging arguments). */
  load(parentId: string, args: ConnectionArgs): Promise<ConnectionResult<T>> {
    const page = readPage(args, this.spec.keys.length);
    const key = JSON.stringify([page.size, page.backwards, page.cursor]);
    let loader = this.pages.get(key);
    if (!loader) {
      loader = new DataLoader<string, ConnectionResult<T>>((ids) => this.batch(ids, page));
      this.pages.set(key, loader);
    }
    return loader.load(parentId);
  }

  /** Forgets every page and count loaded so far. */
  clearAll(): void {
    this.pages.clear();
    this.counts.clearAll();
  }

  private async batch(parentIds: readonly string[], page: Page): Promise<Array<ConnectionResult<T>>> {
    const { keys, source, entity, parentsOf } = this.spec;
    const params: Record<string, unknown> = { parentIds: [...parentIds], __limit: page.size + 1 };
    let cursorSql = 'TRUE';
    if (page.cursor) {
      // (k1 > v1) OR (k1 = v1 AND k2 > v2) OR …, each comparison in its own direction.
      cursorSql = keys
        .map((key, i) => {
          const equal = keys.slice(0, i).map((k, j) => `s."${k.column}" = :__c${j}`);
          const forward = Boolean(key.desc) === page.backwards;
          return `(${[...equal, `s."${key.column}" ${forward ? '>' : '<'} :__c${i}`].join(' AND ')})`;
        })
        .join(' OR ');
      page.cursor.forEach((v, i) => (params[`__c${i}`] = v));
    }
    const descending = keys.map((k) => Boolean(k.desc) !== page.backwards);
    const order = keys.map((k, i) => `s."${k.column}" ${descending[i] ? 'DESC' : 'ASC'}`).join(', ');
    const windowed = `SELECT w.id FROM (
        SELECT s.id, ROW_NUMBER() OVER (PARTITION BY s.parent_id ORDER BY ${order}) AS rn
        FROM (${source}) s WHERE ${cursorSql}
      ) w WHERE w.rn <= :__limit`;
    const rows = await withCursorCheck(
      this.db.getRepository(entity).createQueryBuilder('e').where(`e.id IN (${windowed})`, params).getMany(),
      page,
    );

    const compare = (a: T, b: T): number => {
      for (const [i, key] of keys.entries()) {
        const x = comparable(key.value(a));
        const y = comparable(key.value(b));
        if (x !== y) return (x < y ? -1 : 1) * (descending[i] ? -1 : 1);
      }
      return 0;
    };
    return parentIds.map((parentId) => {
      // A row fetched for another parent may lie beyond this parent's window: sorting then
      // slicing to size+1 gives exactly this parent's window.
      const mine = rows.filter((r) => parentsOf(r).includes(parentId)).sort(compare);
      return toConnection(mine, page, keys, () => this.counts.load(parentId));
    });
  }
}
