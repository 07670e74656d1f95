import type { DataSource } from 'typeorm';
import type { EffectPayload } from '../../common/outcome';

const DATE_TYPES = new Set<unknown>([Date, 'timestamptz', 'timestamp', 'timestamp with time zone', 'date']);

/** Per entity class, the properties an event carries as ISO strings. */
const dateProperties = new WeakMap<Function, string[]>();

/** An entity from the row an event carried (rowData): its dates are Dates again. */
export function revive<T extends object>(dataSource: DataSource, entity: new () => T, data: EffectPayload): T {
  let dates = dateProperties.get(entity);
  if (!dates) {
    dates = dataSource
      .getMetadata(entity)
      .columns.filter((c) => DATE_TYPES.has(c.type))
      .map((c) => c.propertyName);
    dateProperties.set(entity, dates);
  }
  const row = Object.assign(new entity(), data) as Record<string, unknown>;
  for (const property of dates) {
    const value = row[property];
    if (typeof value === 'string') row[property] = new Date(value);
  }
  return row as T;
}
