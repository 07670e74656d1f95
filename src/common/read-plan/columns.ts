import type { DataSource } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import type { TypeModel } from './model';

export const DATE_TYPES = new Set<unknown>(['timestamptz', 'timestamp', 'timestamp with time zone', Date]);
// The pg driver hands these over as strings; planned rows keep the same types.
export const TEXT_TYPES = new Set<unknown>(['bigint', 'int8', 'numeric', 'decimal']);
export const MAX_ARGS = 100;

export const quoted = (name: string): string => `"${name.replace(/"/g, '""')}"`;

const columnsOf = new WeakMap<Function, ColumnMetadata[]>();

/** The columns an entity exposes as its own properties (not implicit join columns). */
export function ownColumns(dataSource: DataSource, model: TypeModel): ColumnMetadata[] {
  let columns = columnsOf.get(model.entity);
  if (!columns) {
    columns = dataSource
      .getMetadata(model.entity)
      .columns.filter((c) => !(c.relationMetadata && c.propertyName === c.relationMetadata.propertyName));
    columnsOf.set(model.entity, columns);
  }
  return columns;
}

/** A column's value transformer, as TypeORM applies it when it hydrates (several run last to first). */
export function transformerOf(column: ColumnMetadata): ((value: unknown) => unknown) | undefined {
  const { transformer } = column;
  if (!transformer) return undefined;
  const list = Array.isArray(transformer) ? [...transformer].reverse() : [transformer];
  return (value) => list.reduce((v, t) => t.from(v), value);
}
