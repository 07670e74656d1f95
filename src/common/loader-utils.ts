/** Orders batch results by key: one entry per key, null when missing. */
export function byKey<K, T>(keys: readonly K[], rows: T[], keyOf: (row: T) => K): Array<T | null> {
  const map = new Map(rows.map((r) => [keyOf(r), r]));
  return keys.map((k) => map.get(k) ?? null);
}

/** Groups batch results by key, in key order; an empty list for keys without rows. */
export function groupByKey<K, T>(keys: readonly K[], rows: T[], keyOf: (row: T) => K): T[][] {
  const map = new Map<K, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) map.get(keyOf(row))?.push(row);
  return keys.map((k) => map.get(k) ?? []);
}
