import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { toGlobalId } from '../../common/global-id';

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** Columns that hold secrets: never part of any export. */
const SECRET_COLUMNS = new Set(['tokenVersion', 'refreshTokenEncrypted']);

/** Foreign-key columns and the Node type they point at, so the export speaks the API's global ids. */
const REFERENCES: Record<string, string> = {
  userId: 'User',
  authorId: 'User',
  hostId: 'User',
  mentorId: 'User',
  menteeId: 'User',
  senderId: 'User',
  recipientId: 'User',
  applicantId: 'User',
  reviewedById: 'User',
  assignedById: 'User',
  actorId: 'User',
  classId: 'VirtualClass',
  taskId: 'Task',
  mentorshipId: 'Mentorship',
  badgeId: 'Badge',
};

/** Dates as ISO strings, everything else as plain JSON. */
export function toJson(value: unknown): Json {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(toJson);
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJson(v)]));
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}

/**
 * Every stored column of a row (from the entity's metadata, so a new column is exported without
 * touching this code), secrets left out, ids and references as global ids.
 */
export function exportRow<T extends ObjectLiteral>(
  db: EntityManager,
  entity: EntityTarget<T>,
  typeName: string,
  row: T,
): JsonObject {
  const out: JsonObject = {};
  for (const column of db.connection.getMetadata(entity).columns) {
    const key = column.propertyName;
    if (SECRET_COLUMNS.has(key)) continue;
    const value: unknown = row[key];
    if (key === 'id' && typeof value === 'string') out.id = toGlobalId(typeName, value);
    else if (REFERENCES[key] && typeof value === 'string') out[key] = toGlobalId(REFERENCES[key], value);
    else out[key] = toJson(value);
  }
  return out;
}
