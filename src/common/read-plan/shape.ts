import type { CursorValue, Page } from '../pagination';

/** How one column comes back in a planned row. */
export interface ColumnShape {
  property: string;
  date: boolean;
  from?: (value: unknown) => unknown;
}

/** How to turn one planned JSON row back into an entity. */
export interface RowShape {
  proto: object;
  columns: ColumnShape[];
  relations: RelationShape[];
  /** More than 100 values: the row is an array of arrays (a SQL function takes at most 100 arguments). */
  chunked: boolean;
}

export type RelationShape =
  | { key: string; kind: 'value' }
  | { key: string; kind: 'one' | 'many'; row: RowShape }
  | {
      key: string;
      kind: 'page';
      row: RowShape;
      page: Page;
      keys: Array<{ value: (row: object) => CursorValue | Date }>;
      /** The key of each link row's node, for a page walked through link rows. */
      through?: string;
    };

/** A JSON-valued SQL expression over a row alias, and how to read its value. */
export interface Compiled<S> {
  sql: string;
  shape: S;
}

/** Where a planned relation's value is kept on its parent: by response key, apart from the entity's own properties. */
export const plannedKey = (responseKey: string): string => `@${responseKey}`;
