import type { EntityManager } from 'typeorm';

/** An ISO-8601 instant as `Date.prototype.toISOString()` and the payload builders write it. */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * Far enough to clear every stored time: rows are first moved this far past their target, then
 * back, so a row never meets one that is still waiting for its turn. Moving them in one step can
 * trip a unique index or an exclusion constraint (two role windows of a user, `delta` apart),
 * which PostgreSQL checks row by row.
 */
const DETOUR = "interval '1000 years'";

interface ColumnRow {
  table_name: string;
  column_name: string;
  data_type: string;
}

const quote = (name: string): string => `"${name.replace(/"/g, '""')}"`;

function shiftJson(value: unknown, ms: number): unknown {
  if (typeof value === 'string') {
    return ISO_INSTANT.test(value) ? new Date(new Date(value).getTime() + ms).toISOString() : value;
  }
  if (Array.isArray(value)) return value.map((v) => shiftJson(v, ms));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shiftJson(v, ms)]));
  }
  return value;
}

async function columnsByTable(manager: EntityManager): Promise<Map<string, ColumnRow[]>> {
  const rows: ColumnRow[] = await manager.query(
    `SELECT c.table_name, c.column_name, c.data_type
       FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE' AND c.table_name <> 'migrations'
        AND c.data_type IN ('timestamp with time zone', 'timestamp without time zone', 'jsonb')
      ORDER BY c.table_name, c.ordinal_position`,
  );
  const byTable = new Map<string, ColumnRow[]>();
  for (const row of rows) byTable.set(row.table_name, [...(byTable.get(row.table_name) ?? []), row]);
  return byTable;
}

async function shiftJsonColumns(manager: EntityManager, table: string, columns: string[], ms: number): Promise<void> {
  const rows: Array<Record<string, unknown>> = await manager.query(
    `SELECT ctid::text AS ctid, ${columns.map(quote).join(', ')} FROM ${quote(table)}`,
  );
  for (const row of rows) {
    // Only the columns that change are written: pg reads SQL NULL and a JSON null alike.
    const changed = columns
      .map((column) => ({ column, value: shiftJson(row[column], ms) }))
      .filter(({ column, value }) => JSON.stringify(value) !== JSON.stringify(row[column]));
    if (changed.length === 0) continue;
    const sets = changed.map(({ column }, i) => `${quote(column)} = $${i + 1}::jsonb`).join(', ');
    await manager.query(`UPDATE ${quote(table)} SET ${sets} WHERE ctid = $${changed.length + 1}::tid`, [
      ...changed.map(({ value }) => JSON.stringify(value)),
      row.ctid,
    ]);
  }
}

/**
 * Moves every stored time of the current schema by `ms`: timestamp columns and ISO-8601 instants
 * inside jsonb values (notification payloads, audit snapshots). Run in one transaction on a
 * database that nothing else uses yet, such as a copy of the demo template; the migrations table
 * keeps its own history.
 */
export async function shiftTimes(manager: EntityManager, ms: number): Promise<void> {
  if (ms === 0) return;
  // Triggers stay out of it: the audit log refuses updates, and a copy's history is not an edit.
  await manager.query('SET LOCAL session_replication_role = replica');
  const interval = `(${Math.trunc(ms)} * interval '1 millisecond')`;
  for (const [table, columns] of await columnsByTable(manager)) {
    const times = columns.filter((c) => c.data_type !== 'jsonb').map((c) => quote(c.column_name));
    if (times.length > 0) {
      const move = (by: string): Promise<unknown> =>
        manager.query(`UPDATE ${quote(table)} SET ${times.map((c) => `${c} = ${c} + ${by}`).join(', ')}`);
      await move(`${interval} + ${DETOUR}`);
      await move(`- ${DETOUR}`);
    }
    const json = columns.filter((c) => c.data_type === 'jsonb').map((c) => c.column_name);
    if (json.length > 0) await shiftJsonColumns(manager, table, json, ms);
  }
}
