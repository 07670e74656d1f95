import { toGlobalId } from '../../common/global-id';
import { EXPORTED_COLUMNS, type ExportedEntity } from './export.projection';

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

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
 * The exported columns of a row (EXPORTED_COLUMNS: an allow-list, so a new column stays out until it
 * is listed), ids and references as global ids. The entity's name is its Node type.
 */
export function exportRow<T extends object>(type: ExportedEntity, row: T): JsonObject {
  const out: JsonObject = {};
  const values = row as Record<string, unknown>;
  for (const key of EXPORTED_COLUMNS[type]) {
    const value = values[key];
    if (key === 'id' && typeof value === 'string') out.id = toGlobalId(type, value);
    else if (REFERENCES[key] && typeof value === 'string') out[key] = toGlobalId(REFERENCES[key], value);
    else out[key] = toJson(value);
  }
  return out;
}
